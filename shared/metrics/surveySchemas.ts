import { z } from 'zod';
import { cardKeySchema } from '../schema/card';

/**
 * The shapes survey results cross the API in (`survey/import`, `survey/stats`, `tandem stats --json`). The
 * services' types are derived from these, so the contract and the implementation cannot drift apart.
 */

const count = z.number().int().min(0);

/**
 * NPS / CSAT / eNPS in percent points (1 decimal), CES a mean on 1–7 (2 decimals); null where there are no answers.
 * `index` is the CX + EX index on 0–100 (1 decimal, from the unrounded figures; `shared/metrics/cxexIndex.ts`),
 * null where a metric in it has no answers.
 */
export const metricFiguresSchema = z.object({
  nps: z.number().nullable(),
  csat: z.number().nullable(),
  ces: z.number().nullable(),
  enps: z.number().nullable(),
  index: z.number().min(0).max(100).nullable(),
});
export type MetricFigures = z.infer<typeof metricFiguresSchema>;

/** The perception gap of one pairing at one touchpoint. */
export const gapStatsSchema = z.object({
  /** Customer question key. */
  customer: z.string(),
  /** Employee question key. */
  employee: z.string(),
  /** Interactions with both answers. */
  pairs: count,
  /** Pairs whose answers differ. */
  disagree: count,
  /** disagree / pairs, 3 decimals; null without pairs. */
  share: z.number().min(0).max(1).nullable(),
  /** share ≥ the map's threshold and pairs ≥ its minimum. */
  flagged: z.boolean(),
});
export type GapStats = z.infer<typeof gapStatsSchema>;

/** Everything known about one touchpoint key seen in the responses. */
export const touchpointStatsSchema = z.object({
  key: z.string(),
  /** The card with this key (`stage` is its stage's name), or null when no card has it. */
  card: z.object({ id: z.string(), title: z.string(), stage: z.string() }).nullable(),
  /** Distinct interactions answered, per side. */
  responses: z.object({ customer: count, employee: count }),
  metrics: metricFiguresSchema,
  /** One entry per pairing of the map, in the map's order. */
  gaps: z.array(gapStatsSchema),
});
export type TouchpointStats = z.infer<typeof touchpointStatsSchema>;

/** The figures of one stage: those of the responses at the touchpoints whose card is in it. */
export const stageStatsSchema = z.object({ id: z.string(), name: z.string(), metrics: metricFiguresSchema });
export type StageStats = z.infer<typeof stageStatsSchema>;

/** How statistics are split over time: UTC calendar months ("2026-09") or quarters ("2026-Q3"). */
export const periodKindSchema = z.enum(['month', 'quarter']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** The figures of one period: the interactions whose answers fall in it, in the shape of the whole-period ones. */
export const periodStatsSchema = z.object({
  /** "2026-09" (month) or "2026-Q3" (quarter), UTC. */
  period: z.string(),
  touchpoints: z.array(touchpointStatsSchema),
  stages: z.array(stageStatsSchema),
});
export type PeriodStats = z.infer<typeof periodStatsSchema>;

/** How statistics are split: over time (see `periodKindSchema`) or by the site each answer names. */
export const statsSplitSchema = z.enum(['month', 'quarter', 'site']);
export type StatsSplit = z.infer<typeof statsSplitSchema>;

/** Most characters of a site name (after trimming). */
export const MAX_SITE_LENGTH = 120;

/** The figures of one site: the answers that name it, in the shape of the whole-population ones. */
export const siteStatsSchema = z.object({
  /** The site as the survey file names it (trimmed, Unicode NFC). */
  site: z.string().min(1).max(MAX_SITE_LENGTH),
  touchpoints: z.array(touchpointStatsSchema),
  stages: z.array(stageStatsSchema),
});
export type SiteStats = z.infer<typeof siteStatsSchema>;

/** Survey statistics of a map: per touchpoint key (journey order, unmatched keys last) and per stage (map order). */
export const surveyStatsSchema = z.object({
  touchpoints: z.array(touchpointStatsSchema),
  /** Metrics of the responses at the touchpoints whose card is in the stage. */
  stages: z.array(stageStatsSchema),
  /** Asked for by month or quarter: the same figures per period, in time order; periods without answers left out. */
  periods: z.array(periodStatsSchema).optional(),
  /**
   * Asked for by site: the same figures per site, sorted by name in Unicode code point order (the same on every
   * machine, whatever its locale); answers without a site count only in the whole.
   */
  sites: z.array(siteStatsSchema).optional(),
});
export type SurveyStats = z.infer<typeof surveyStatsSchema>;

/** What one survey import did. */
export const importSummarySchema = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  /** Answers stored. */
  rows: count,
  /** Distinct interactions in the file, overall and per side. */
  interactions: z.object({ total: count, customer: count, employee: count }),
  /** Touchpoint keys in the file that match no card's key (kept, and reported), sorted. */
  unknownTouchpoints: z.array(z.string()),
  /** Things worth knowing that did not stop the import (unused columns, unreadable dates). */
  warnings: z.array(z.string()),
  /** Present when the file replaced an earlier import's answers (same id, same assignments). */
  replaced: z.boolean().optional(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** Most touchpoint keys one import may assign to cards. */
export const MAX_ASSIGNMENTS = 500;

/** File touchpoint key → the key of the card its answers belong to (an unmatched key assigned by the user). */
export const assignmentsSchema = z
  .record(z.string().min(1).max(64), cardKeySchema)
  .refine((a) => Object.keys(a).length <= MAX_ASSIGNMENTS, `assign at most ${MAX_ASSIGNMENTS} touchpoint keys`);
export type Assignments = z.infer<typeof assignmentsSchema>;

/** The earliest and latest answer time in UTC (ISO), null when no answer has a readable time. */
const dateRangeSchema = z.object({ from: z.string().nullable(), to: z.string().nullable() });

/** A touchpoint key of a file under review: its answers and interactions, and the card it matches, if any. */
export const reviewedKeySchema = z.object({
  key: z.string(),
  answers: count,
  interactions: count,
  card: z.object({ id: z.string(), title: z.string(), stage: z.string() }).nullable(),
});
export type ReviewedKey = z.infer<typeof reviewedKeySchema>;

/** A survey file read and checked but not yet written: what the review step of the import shows. */
export const surveyReviewSchema = z.object({
  fileName: z.string(),
  answers: count,
  interactions: z.object({ total: count, customer: count, employee: count }),
  /** Every touchpoint key in the file: matched keys in journey order, then unmatched ones by name. */
  touchpoints: z.array(reviewedKeySchema),
  dates: dateRangeSchema,
  /** The sites the file names (code point order) with their answers and interactions; answers without a site are not listed. */
  sites: z.array(z.object({ site: z.string(), answers: count, interactions: count })).optional(),
  /** An earlier import of the same file (same bytes, or the same name): offered as the import to replace. */
  sameFile: z
    .object({ importId: z.number().int(), fileName: z.string(), importedAt: z.string(), identical: z.boolean() })
    .nullable(),
  warnings: z.array(z.string()),
});
export type SurveyReview = z.infer<typeof surveyReviewSchema>;

/** One survey import kept in the map: what the Surveys tab and `tandem surveys` list. */
export const surveyImportInfoSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  /** ISO time of the import (or of its latest replacement). */
  importedAt: z.string(),
  answers: count,
  interactions: count,
  /** The answers' time span. */
  dates: dateRangeSchema,
  /** Touchpoint keys of the file assigned to cards when it was imported. */
  assignments: z.record(z.string(), z.string()),
});
export type SurveyImportInfo = z.infer<typeof surveyImportInfoSchema>;

/** One sentence about an import, e.g. "Imported 604 answers from 64 interactions (64 customer, 55 employee); 1 touchpoint key matches no card: unknown_step". */
export function describeImport(s: ImportSummary): string {
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  const line = `${s.replaced ? `Replaced import ${s.importId} with` : 'Imported'} ${n(s.rows, 'answer')} from ${n(s.interactions.total, 'interaction')} (${s.interactions.customer} customer, ${s.interactions.employee} employee)`;
  const unknown = s.unknownTouchpoints;
  if (unknown.length === 0) return line;
  return `${line}; ${n(unknown.length, 'touchpoint key')} ${unknown.length === 1 ? 'matches' : 'match'} no card: ${unknown.join(', ')}`;
}
