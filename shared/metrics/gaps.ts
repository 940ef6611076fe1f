/**
 * Perception gaps of linked surveys: the customer and the employee of the same interaction answer paired
 * yes/no questions ("was your problem solved?" / "did you solve the problem?"); where they disagree often
 * enough, the touchpoint is flagged.
 */

/** When a gap is flagged: share ≥ threshold and at least minPairs linked pairs. */
export interface GapRule {
  /** Disagreement share (0…1) at or above which a gap is flagged; ties are flagged. */
  threshold: number;
  /** Fewest linked pairs a flag needs, so that two disagreeing pairs are not a finding. */
  minPairs: number;
}

/** One perception-gap figure for one touchpoint and one pairing. */
export interface GapFigures {
  /** Linked pairs: interactions with both the customer's and the employee's answer. */
  pairs: number;
  /** Pairs whose two answers differ. */
  disagree: number;
  /** disagree / pairs, unrounded; null when there are no pairs. */
  share: number | null;
  flagged: boolean;
}

/** The customer's and the employee's yes/no answers about one interaction. */
export interface LinkedPair {
  customer: boolean;
  employee: boolean;
}

// A threshold typed as 0.3 and a share of 3/10 are the same double, but a threshold that reached us through
// other arithmetic may sit one ulp away; a tie must still be a tie.
const TIE_TOLERANCE = 1e-9;

/** Gap figures from counts (what SQL aggregation produces). */
export function gapFromCounts(pairs: number, disagree: number, rule: GapRule): GapFigures {
  if (pairs <= 0) return { pairs: 0, disagree: 0, share: null, flagged: false };
  const share = disagree / pairs;
  return { pairs, disagree, share, flagged: pairs >= rule.minPairs && share >= rule.threshold - TIE_TOLERANCE };
}

/** The perception gap of linked pairs: how many disagree, their share, and whether that is flagged under `rule`. */
export function perceptionGap(pairs: readonly LinkedPair[], rule: GapRule): GapFigures {
  return gapFromCounts(pairs.length, pairs.filter((p) => p.customer !== p.employee).length, rule);
}
