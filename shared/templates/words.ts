import en from '../locales/en/templates.json';
import pl from '../locales/pl/templates.json';
import ru from '../locales/ru/templates.json';
import uk from '../locales/uk/templates.json';
import zh from '../locales/zh/templates.json';
import type { Catalogue } from '../vocabulary/catalogues';
import type { Language } from '../vocabulary/language';

/**
 * The `templates` namespace: the stage names, lane titles and example text each template writes into a new map, in
 * every language. It is kept apart from `CATALOGUES` (vocabulary, export) on purpose: only the code that makes maps
 * needs it (the services and the CLI), so the renderer's bundles and the participant page never carry five samples.
 */
export const TEMPLATE_CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ru, uk, pl, zh };

/** A key of the templates namespace, e.g. `sample.customer.queues`; derived from English so a misspelt one fails to compile. */
export type TemplateKey = keyof typeof en;

/** The words of one language: `words(key, fill)` with `{{placeholders}}` filled; English for a key the catalogue lacks. */
export type TemplateWords = (key: TemplateKey, fill?: Readonly<Record<string, string | number>>) => string;

/**
 * The template words of a language. A plain look-up rather than an i18next instance: these texts have no plural
 * forms and are read once per new map, and the parity test (`words.test.ts`) holds every catalogue to English's keys.
 */
export function templateWords(language: Language): TemplateWords {
  const catalogue = TEMPLATE_CATALOGUES[language];
  return (key, fill = {}) =>
    (catalogue[key] ?? en[key]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in fill ? String(fill[name]) : whole,
    );
}
