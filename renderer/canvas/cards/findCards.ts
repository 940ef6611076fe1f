import type { MapLayout } from '../../../shared/layout';
import type { Card } from '../../../shared/schema/card';

/** Text folded for matching: lower case, accents removed ("Café" matches "cafe"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** True when the card's title, notes, tags or key contain the query, ignoring case and accents. */
export function cardMatches(card: Pick<Card, 'title' | 'notes' | 'tags' | 'key'>, foldedQuery: string): boolean {
  if (!foldedQuery) return false;
  const fields = [card.title, card.notes, card.key ?? '', ...card.tags];
  return fields.some((f) => foldText(f).includes(foldedQuery));
}

/** The ids of the cards matching `query`, in reading order on the canvas: stage by stage, top to bottom. */
export function findCards(
  cards: readonly Card[],
  layout: Pick<MapLayout, 'cards' | 'stages'>,
  query: string,
): string[] {
  const q = foldText(query.trim());
  if (!q) return [];
  const stageRank = new Map(layout.stages.map((s, i) => [s.id, i]));
  const hits = cards.filter((c) => cardMatches(c, q) && layout.cards.has(c.id)).map((c) => layout.cards.get(c.id)!);
  hits.sort((a, b) => (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0) || a.y - b.y || a.x - b.x);
  return hits.map((b) => b.id);
}
