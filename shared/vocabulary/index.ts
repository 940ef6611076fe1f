import { evidenceSchema } from '../schema/card';
import { sideSchema } from '../schema/common';
import { laneKindSchema } from '../schema/lane';
import { linkKindSchema } from '../schema/link';
import { indexMetricSchema } from '../schema/cxIndex';
import { metricKindSchema } from '../schema/metric';
import { opportunityStatusSchema } from '../schema/opportunity';
import { painSideSchema, painStatusSchema } from '../schema/painPoint';
import { teamKindSchema } from '../schema/team';
import { versionReasonSchema } from '../schema/version';
import { type CatalogueKey, en } from './en';
import { languageSchema } from './language';

export { en } from './en';
export { CATALOGUES, type ExportKey, NAMESPACES, type Namespace } from './catalogues';
export { type Fill, localeFor, type MapLocale, translatorFor } from './i18n';
export { DEFAULT_LANGUAGE, type Language, LANGUAGES, languageSchema, LOCALE_TAG, mapLanguage } from './language';

type PluralEnding = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K> = K extends `${infer B}_${PluralEnding}` ? B : K;

/** A display name's key, e.g. `laneKind.touchpoint`; a count's key without its plural ending, e.g. `count.painPoint`. */
export type VocabKey = Base<CatalogueKey>;

/** Options of a look-up: the number a count key is about. */
export interface VocabOptions {
  count?: number;
}

/**
 * Turns a key into text in one language. Its shape is i18next's `t(key, { count })`: `translatorFor(language)` is
 * one built with i18next, passed where English is the default, without touching a call site.
 */
export type Translate = (key: VocabKey, options?: VocabOptions) => string;

const englishPlural = new Intl.PluralRules('en');
const catalogue: Readonly<Record<string, string>> = en;

/**
 * The English translator without i18next: the catalogue's text, with `{{count}}` filled in and the plural form chosen for counts.
 * It reads the same JSON as `translatorFor('en')`, and a test holds the two equal.
 */
export const english: Translate = (key, options = {}) => {
  const { count } = options;
  const text =
    count === undefined
      ? catalogue[key]
      : (catalogue[`${key}_${englishPlural.select(count)}`] ?? catalogue[`${key}_other`] ?? catalogue[key]);
  if (text === undefined) return key;
  return count === undefined ? text : text.replaceAll('{{count}}', String(count));
};

/** The display text of a key (and, for counts, a number) in the translator's language; English by default. */
export function label(key: VocabKey, options: VocabOptions & { t?: Translate } = {}): string {
  const { t = english, ...rest } = options;
  return t(key, rest);
}

/**
 * Every enum of the schemas a user reads, with the key prefix its display names sit under (`laneKind.touchpoint`).
 * The vocabulary test derives the values from these schemas, so a value added to a schema without a name fails.
 */
export const VOCABULARY_ENUMS = {
  laneKind: laneKindSchema,
  laneKindMeaning: laneKindSchema,
  side: sideSchema,
  painSide: painSideSchema,
  painSideMark: painSideSchema,
  painSideMeaning: painSideSchema,
  painStatus: painStatusSchema,
  actionStatus: opportunityStatusSchema,
  evidence: evidenceSchema,
  evidenceMeaning: evidenceSchema,
  linkKind: linkKindSchema,
  linkKindMeaning: linkKindSchema,
  metricKind: metricKindSchema,
  metricKindMeaning: metricKindSchema,
  /** How each metric enters the CX + EX index, on 0–100. */
  indexMetric: indexMetricSchema,
  teamKind: teamKindSchema,
  versionReason: versionReasonSchema,
  language: languageSchema,
} as const;

const SCALE_KEYS = {
  severity: ['severity.1', 'severity.2', 'severity.3', 'severity.4', 'severity.5'],
  reach: ['reach.1', 'reach.2', 'reach.3', 'reach.4', 'reach.5'],
} as const satisfies Record<string, readonly VocabKey[]>;

/** The word for a severity or reach of 1–5 ('' outside the scale). */
export function scaleWord(scale: keyof typeof SCALE_KEYS, value: number, t: Translate = english): string {
  const key = SCALE_KEYS[scale][value - 1];
  return key === undefined ? '' : t(key);
}
