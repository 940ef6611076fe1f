import { orderAtIndex } from '../../shared/commands/order';
import type { Command } from '../../shared/commands/types';
import { cellAt, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';

/**
 * The `card/move` that drops a card whose centre is at `center`: into the lane × stage cell under it, before
 * the first card whose centre lies below (across, on emotion lanes). Null when the drop changes nothing or
 * lands outside the grid, so the card snaps back.
 */
export function moveCommandFor(doc: TandemDoc, layout: MapLayout, cardId: string, center: { x: number; y: number }): Command | null {
  const card = doc.cards.find((c) => c.id === cardId);
  const cell = cellAt(layout, center.x, center.y);
  if (!card || !cell) return null;
  const lane = layout.lanes.find((l) => l.id === cell.laneId);
  const across = lane?.kind === 'emotion';
  const others = doc.cards
    .filter((c) => c.laneId === cell.laneId && c.stageId === cell.stageId && c.id !== cardId)
    .sort((a, b) => a.order - b.order);
  const index = others.filter((c) => {
    const r = layout.cards.get(c.id);
    if (!r) return false;
    return across ? r.x + r.width / 2 < center.x : r.y + r.height / 2 < center.y;
  }).length;
  const sameCell = card.laneId === cell.laneId && card.stageId === cell.stageId;
  if (sameCell) {
    const currentIndex = others.filter((c) => c.order < card.order).length;
    if (currentIndex === index) return null;
  }
  const order = orderAtIndex(others.map((c) => c.order), index);
  return { type: 'card/move', id: cardId, laneId: cell.laneId, stageId: cell.stageId, order };
}
