import { SCALES, assertOnScale } from './answers';

/**
 * The standard CX / EX metric arithmetic. Each metric has two forms: from raw answers (validated against the
 * scale; out-of-scale values throw) and from counts (what SQL aggregation produces). Both return null — never
 * NaN — when there is no data. Results are unrounded; `roundTo` rounds for display and the stats output.
 */

/** Counts behind an NPS / eNPS figure. */
export interface NpsCounts {
  n: number;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 0 to 6. */
  detractors: number;
}

/** NPS from counts: % promoters minus % detractors, in percent points (−100…100); null when n is 0. */
export function npsFromCounts({ n, promoters, detractors }: NpsCounts): number | null {
  return n > 0 ? (100 * (promoters - detractors)) / n : null;
}

/** NPS of 0–10 answers: % of 9–10 minus % of 0–6; null for no answers. */
export function nps(values: readonly number[]): number | null {
  assertOnScale(values, SCALES.nps);
  return npsFromCounts({
    n: values.length,
    promoters: values.filter((v) => v >= 9).length,
    detractors: values.filter((v) => v <= 6).length,
  });
}

/** eNPS of employees' 0–10 answers: the NPS arithmetic on the employee question; null for no answers. */
export function enps(values: readonly number[]): number | null {
  assertOnScale(values, SCALES.enps);
  return nps(values);
}

/** CSAT from counts: % of answers that are 4 or 5; null when n is 0. */
export function csatFromCounts({ n, satisfied }: { n: number; satisfied: number }): number | null {
  return n > 0 ? (100 * satisfied) / n : null;
}

/** CSAT of 1–5 answers: % of 4–5; null for no answers. */
export function csat(values: readonly number[]): number | null {
  assertOnScale(values, SCALES.csat);
  return csatFromCounts({ n: values.length, satisfied: values.filter((v) => v >= 4).length });
}

/** CES from counts: the mean answer; null when n is 0. */
export function cesFromCounts({ n, sum }: { n: number; sum: number }): number | null {
  return n > 0 ? sum / n : null;
}

/** CES of 1–7 answers: the mean (higher = easier); null for no answers. */
export function ces(values: readonly number[]): number | null {
  assertOnScale(values, SCALES.ces);
  return cesFromCounts({ n: values.length, sum: values.reduce((a, b) => a + b, 0) });
}

/** Yes-share from counts: % yes; null when n is 0. */
export function yesShareFromCounts({ n, yes }: { n: number; yes: number }): number | null {
  return n > 0 ? (100 * yes) / n : null;
}

/** Yes-share of yes/no answers: % yes; null for no answers. */
export function yesShare(values: readonly boolean[]): number | null {
  return yesShareFromCounts({ n: values.length, yes: values.filter(Boolean).length });
}

/**
 * Rounds to `digits` decimals, halves away from zero (so −12.25 → −12.3 like 12.25 → 12.3); null stays null.
 * The product is first cut to 12 significant digits so binary noise (1.005 × 100 = 100.4999…) cannot flip a half.
 */
export function roundTo(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  const scaled = Number((Math.abs(value) * f).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}
