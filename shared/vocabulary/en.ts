import vocabulary from '../locales/en/vocabulary.json';

/**
 * The English catalogue: every display name of a domain value, by key, read from `shared/locales/en/vocabulary.json`.
 * Other languages are catalogues with the same keys beside it; a key ending in `_one` / `_other` is a count, chosen
 * by the language's plural rules (as i18next does).
 */
export const en: Readonly<Record<keyof typeof vocabulary, string>> = vocabulary;

/** A key of the English catalogue, exactly as stored (count keys with their `_one` / `_other` ending). */
export type CatalogueKey = keyof typeof vocabulary;
