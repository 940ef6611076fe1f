import enExport from '../locales/en/export.json';
import enVocabulary from '../locales/en/vocabulary.json';
import plExport from '../locales/pl/export.json';
import plVocabulary from '../locales/pl/vocabulary.json';
import ruExport from '../locales/ru/export.json';
import ruVocabulary from '../locales/ru/vocabulary.json';
import ukExport from '../locales/uk/export.json';
import ukVocabulary from '../locales/uk/vocabulary.json';
import zhExport from '../locales/zh/export.json';
import zhVocabulary from '../locales/zh/vocabulary.json';
import type { Language } from './language';

/** The namespaces a language's catalogue is split into: one JSON file each in `shared/locales/<language>/`. */
export const NAMESPACES = ['vocabulary', 'export'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A catalogue: key → text, with `{{placeholders}}` and plural endings as i18next reads them. */
export type Catalogue = Readonly<Record<string, string>>;

/** Every catalogue of every language, by language and namespace (i18next's `resources`). */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<Namespace, Catalogue>>>> = {
  en: { vocabulary: enVocabulary, export: enExport },
  ru: { vocabulary: ruVocabulary, export: ruExport },
  uk: { vocabulary: ukVocabulary, export: ukExport },
  pl: { vocabulary: plVocabulary, export: plExport },
  zh: { vocabulary: zhVocabulary, export: zhExport },
};

/** A key of the export namespace: the words an export prints that are Tandem's own (headings, page labels). */
export type ExportKey = keyof typeof enExport;
