import { priorityScore } from '../metrics/priority';
import type { TandemDoc } from '../schema/document';
import type { LinkKind } from '../schema/link';

/** What a root-cause trace found: the cards behind the pain point's card and the employee pain on them. */
export interface RootCauseTrace {
  /** The card the traced pain point hangs on; null when the pain point does not exist. */
  origin: string | null;
  /** Cards that feed the origin card through support / handoff links, directly or further back (never the origin). */
  cards: Set<string>;
  /** Employee (or both-sides) pain points on those cards, highest priority first. */
  painPoints: string[];
}

// Flow links are the customer's own sequence, not causes; only the back office's contributions are followed.
const CAUSAL: ReadonlySet<LinkKind> = new Set(['support', 'handoff']);

/**
 * Walks support and handoff links backwards from the pain point's card: a link `A → B` means A enables or hands
 * work to B, so when B hurts, A is a candidate cause, and so is whatever feeds A. Cycles are harmless.
 */
export function traceRootCauses(doc: TandemDoc, painPointId: string): RootCauseTrace {
  const pain = doc.painPoints.find((p) => p.id === painPointId);
  if (!pain) return { origin: null, cards: new Set(), painPoints: [] };
  const feeders = new Map<string, string[]>();
  for (const link of doc.links) {
    if (!CAUSAL.has(link.kind)) continue;
    const list = feeders.get(link.toId);
    if (list) list.push(link.fromId);
    else feeders.set(link.toId, [link.fromId]);
  }
  const cards = new Set<string>();
  const queue = [pain.cardId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const from of feeders.get(id) ?? []) {
      if (from === pain.cardId || cards.has(from)) continue;
      cards.add(from);
      queue.push(from);
    }
  }
  const painPoints = doc.painPoints
    .filter((p) => cards.has(p.cardId) && p.side !== 'customer')
    .sort((a, b) => priorityScore(b) - priorityScore(a) || a.title.localeCompare(b.title))
    .map((p) => p.id);
  return { origin: pain.cardId, cards, painPoints };
}
