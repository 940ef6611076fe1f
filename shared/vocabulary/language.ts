import { z } from 'zod';

/**
 * The languages Tandem speaks: English, Russian, Ukrainian, Polish and Chinese (simplified). A map records one of
 * them as its own language, and its exports speak it; the UI's language is the user's and may differ.
 */
export const languageSchema = z.enum(['en', 'ru', 'uk', 'pl', 'zh'], {
  error: (issue) => `the language must be en, ru, uk, pl or zh, not ${JSON.stringify(issue.input)}`,
});
export type Language = z.infer<typeof languageSchema>;

/** Every language, English first. */
export const LANGUAGES: readonly Language[] = languageSchema.options;

/** The language a map speaks when it records none (maps made before languages) and the fallback for a missing word. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The BCP 47 tag `Intl` and the `lang` attribute take for a language (Chinese is written in simplified characters). */
export const LOCALE_TAG: Readonly<Record<Language, string>> = {
  en: 'en',
  ru: 'ru',
  uk: 'uk',
  pl: 'pl',
  zh: 'zh-Hans',
};

/** The language a map's exports speak: the one it records, English when it records none. */
export function mapLanguage(doc: { meta: { language?: Language | undefined } }): Language {
  return doc.meta.language ?? DEFAULT_LANGUAGE;
}

/**
 * The first of the user's preferred locales (BCP 47 tags, most preferred first: `navigator.languages`, Electron's
 * `app.getLocale()`) that Tandem speaks, by its language subtag: `pl-PL` → pl, `zh-CN` / `zh-Hans-CN` / `zh-TW` → zh
 * (Chinese is offered in simplified characters only). Null when none is one of the five.
 */
export function languageOfLocales(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const subtag = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const found = languageSchema.safeParse(subtag);
    if (found.success) return found.data;
  }
  return null;
}
