import { CATALOGUES, ENGLISH } from '../vocabulary/catalogues';
import type { Language } from '../vocabulary/language';

/** A key of the `templates` namespace, e.g. `sample.customer.queues`; derived from English so a misspelt one fails to compile. */
export type TemplateKey = keyof typeof ENGLISH.templates;

/** The words of one language: `words(key, fill)` with `{{placeholders}}` filled; English for a key the catalogue lacks. */
export type TemplateWords = (key: TemplateKey, fill?: Readonly<Record<string, string | number>>) => string;

/**
 * The template words of a language: the `templates` namespace (`shared/locales/<language>/templates.json`), which
 * holds the stage names, lane titles and example text each template writes into a new map, and the templates' own
 * titles. A plain look-up rather than an i18next instance: these texts have no plural forms and are read once per
 * new map in Node and in tests alike; the catalogue test holds every language to English's keys and placeholders.
 */
export function templateWords(language: Language): TemplateWords {
  const catalogue = CATALOGUES[language].templates;
  const english: Readonly<Record<string, string>> = ENGLISH.templates;
  return (key, fill = {}) =>
    (catalogue[key] ?? english[key] ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in fill ? String(fill[name]) : whole,
    );
}
