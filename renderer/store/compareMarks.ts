import type { Comparison } from '../../shared/history/compare';
import type { TandemDoc } from '../../shared/schema/document';

/** How an object on the canvas differs from the version it is compared with. */
export type CompareMark = 'added' | 'changed' | 'removed';

/** Pain points that differ, counted on the card they hang on. */
export interface PainMarks {
  added: number;
  changed: number;
  removed: number;
}

/** What the canvas marks while a version is compared with the current map. */
export interface CompareMarks {
  /** Cards added, changed (or moved) since the version, and removed ones drawn as ghosts in their old cell. */
  cards: ReadonlyMap<string, CompareMark>;
  links: ReadonlyMap<string, CompareMark>;
  /** By card id. */
  pains: ReadonlyMap<string, PainMarks>;
  /** Removed cards drawn in their old cell (its lane and stage still exist) and removed links between drawn cards. */
  ghostCards: ReadonlySet<string>;
  ghostLinks: ReadonlySet<string>;
}

/**
 * The marks of a comparison from `version` to `live`: every added, changed and removed card, link and pain point
 * the canvas can draw. A removed card is drawn as a ghost only where its old lane and stage are still on the map.
 */
export function compareMarks(comparison: Comparison, version: TandemDoc, live: TandemDoc): CompareMarks {
  const cards = new Map<string, CompareMark>();
  const links = new Map<string, CompareMark>();
  const pains = new Map<string, PainMarks>();
  const ghostCards = new Set<string>();
  const ghostLinks = new Set<string>();
  const lanes = new Set(live.lanes.map((l) => l.id));
  const stages = new Set(live.stages.map((s) => s.id));
  const liveCards = new Set(live.cards.map((c) => c.id));
  const oldCard = new Map(version.cards.map((c) => [c.id, c]));
  for (const ch of comparison.changes) {
    if (ch.object !== 'cards') continue;
    cards.set(ch.id, ch.change);
    const was = oldCard.get(ch.id);
    if (ch.change === 'removed' && was && lanes.has(was.laneId) && stages.has(was.stageId)) ghostCards.add(ch.id);
  }
  const drawn = (id: string) => liveCards.has(id) || ghostCards.has(id);
  const oldLink = new Map(version.links.map((l) => [l.id, l]));
  const oldPain = new Map(version.painPoints.map((p) => [p.id, p]));
  const livePain = new Map(live.painPoints.map((p) => [p.id, p]));
  for (const ch of comparison.changes) {
    if (ch.object === 'links') {
      links.set(ch.id, ch.change);
      const was = oldLink.get(ch.id);
      if (ch.change === 'removed' && was && drawn(was.fromId) && drawn(was.toId)) ghostLinks.add(ch.id);
    } else if (ch.object === 'painPoints') {
      const cardId = (ch.change === 'removed' ? oldPain : livePain).get(ch.id)?.cardId;
      if (!cardId || !drawn(cardId)) continue;
      const counts = pains.get(cardId) ?? { added: 0, changed: 0, removed: 0 };
      counts[ch.change] += 1;
      pains.set(cardId, counts);
    }
  }
  return { cards, links, pains, ghostCards, ghostLinks };
}

/** The live map with the ghosts of removed cards and links added, for the canvas to draw them where they were. */
export function withGhosts(live: TandemDoc, version: TandemDoc, marks: CompareMarks): TandemDoc {
  if (marks.ghostCards.size === 0 && marks.ghostLinks.size === 0) return live;
  return {
    ...live,
    cards: [...live.cards, ...version.cards.filter((c) => marks.ghostCards.has(c.id))],
    links: [...live.links, ...version.links.filter((l) => marks.ghostLinks.has(l.id))],
  };
}
