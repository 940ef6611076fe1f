import { CATALOGUES, ENGLISH } from '../vocabulary/catalogues';
import type { Fill } from '../vocabulary/i18n';
import type { Language } from '../vocabulary/language';

/** A key of the promises namespace. */
export type PromiseKey = keyof typeof ENGLISH.promises;

/**
 * The promises namespace's words in a map's language, for the exports (which speak the map's language, not the
 * UI's): English where a catalogue lacks a key, `{{placeholders}}` filled from `fill`. The words carry no plurals.
 */
export function promiseWordsIn(language: Language): (key: PromiseKey, fill?: Fill) => string {
  const words = CATALOGUES[language].promises;
  return (key, fill = {}) =>
    (words[key] ?? ENGLISH.promises[key]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      fill[name] === undefined ? whole : String(fill[name]),
    );
}
