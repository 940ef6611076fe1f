import type { PainPoint, PainSide } from '../schema/painPoint';

/** What a card's badge shows: how many pain points, the worst severity among them, and whose pain it is. */
export interface PainSummary {
  count: number;
  worst: number;
  side: PainSide;
}

// One index per pain-point array: the array is replaced on every pain point edit and kept otherwise, so 2,000
// badges share a single pass over the pain points instead of each scanning them.
const cache = new WeakMap<readonly PainPoint[], Map<string, PainSummary>>();

/** Pain summaries of every card that has pain points, keyed by card id. */
export function painSummaries(painPoints: readonly PainPoint[]): Map<string, PainSummary> {
  const hit = cache.get(painPoints);
  if (hit) return hit;
  const out = new Map<string, PainSummary>();
  for (const p of painPoints) {
    const s = out.get(p.cardId);
    if (!s) {
      out.set(p.cardId, { count: 1, worst: p.severity, side: p.side });
      continue;
    }
    s.count += 1;
    s.worst = Math.max(s.worst, p.severity);
    if (s.side !== p.side) s.side = 'both';
  }
  cache.set(painPoints, out);
  return out;
}

/** The summary as one string, so a selector returning it lets a badge re-render only when its own card changes. */
export function summaryKey(s: PainSummary | undefined): string {
  return s ? `${s.count}|${s.worst}|${s.side}` : '';
}
