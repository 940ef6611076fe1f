import { z } from 'zod';
import type { Side } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import type { MetricKind } from '../schema/metric';
import { parseScaleValue, parseYesNo, SCALES } from './answers';
import { cesFromCounts, csatFromCounts, npsFromCounts, roundTo, yesShareFromCounts } from './formulas';
import { FIGURE_DECIMALS } from './targets';

/**
 * Figures read straight from stored answers, for the questions the survey statistics do not ask: a figure with
 * the n behind it (a promise is judged on both), and a figure over a span of days (an action's before / after).
 */

/** One stored answer as the evidence functions read it. */
export interface EvidenceAnswer {
  /** The touchpoint key, lower-case. */
  touchpoint: string;
  respondent: Side;
  /** The question key, lower-case. */
  question: string;
  /** The answer as stored (trimmed by the importer). */
  value: string;
  /** The UTC day (`YYYY-MM-DD`) of the interaction's earliest answer time, as the statistics date it; null when none is readable. */
  day: string | null;
}

/** Which answers a metric reads: one question from one side. */
export interface MetricSource {
  kind: MetricKind;
  question: string;
  side: Side;
}

/** The kinds with arithmetic on stored answers; a custom metric has none (it is typed in by hand). */
const COMPUTED: readonly MetricKind[] = ['nps', 'csat', 'ces', 'enps', 'yes_share'];

/**
 * The question and side a metric kind reads, by the survey statistics' rule: the map's definition of that kind,
 * else the kind's own key and its usual side (employees for eNPS); null for a kind computed from no answers.
 */
export function metricSourceOf(doc: TandemDoc, kind: MetricKind): MetricSource | null {
  if (!COMPUTED.includes(kind)) return null;
  const def = doc.metrics.find((m) => m.kind === kind);
  const side: Side = def?.side ?? (kind === 'enps' ? 'employee' : 'customer');
  return { kind, question: (def?.questionKey ?? kind).trim().toLowerCase(), side };
}

/** A figure and the answers behind it. */
export const figureWithNSchema = z.object({
  /** Rounded as shown everywhere (FIGURE_DECIMALS); null without answers. */
  value: z.number().nullable(),
  /** Answers read. */
  n: z.number().int().min(0),
});
export type FigureWithN = z.infer<typeof figureWithNSchema>;

/**
 * The figure of one metric from `answers` (only those to its question from its side are read; answers off the
 * scale are left out), rounded as every figure is shown, with n.
 */
export function figureFrom(answers: readonly EvidenceAnswer[], source: MetricSource): FigureWithN {
  let n = 0;
  let hits = 0;
  let misses = 0;
  let sum = 0;
  for (const a of answers) {
    if (a.question !== source.question || a.respondent !== source.side) continue;
    if (source.kind === 'yes_share') {
      const yes = parseYesNo(a.value);
      if (yes === null) continue;
      n += 1;
      if (yes) hits += 1;
      continue;
    }
    if (source.kind === 'custom') continue;
    const parsed = parseScaleValue(a.value, SCALES[source.kind]);
    if (!parsed.ok) continue;
    const v = parsed.value;
    n += 1;
    sum += v;
    if (source.kind === 'csat' ? v >= 4 : v >= 9) hits += 1;
    if (v <= 6) misses += 1;
  }
  const raw =
    source.kind === 'nps' || source.kind === 'enps'
      ? npsFromCounts({ n, promoters: hits, detractors: misses })
      : source.kind === 'csat'
        ? csatFromCounts({ n, satisfied: hits })
        : source.kind === 'ces'
          ? cesFromCounts({ n, sum })
          : yesShareFromCounts({ n, yes: hits });
  return { value: roundTo(raw, FIGURE_DECIMALS[source.kind]), n };
}
