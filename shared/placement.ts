import { orderAtIndex } from './commands/order';
import type { Command } from './commands/types';
import type { Card } from './schema/card';
import type { TandemDoc } from './schema/document';

/** Where an item goes in a cell: its sort key, and the moves that renumber the cell first when keys ran out. */
export interface Placement {
  order: number;
  /** `card/move`s giving the other cards of the cell fresh keys 1, 2, 3, … (empty when a midpoint fits). */
  renumber: Command[];
}

/** The cards of a lane × stage cell in display order, leaving out `excludeId` (the card being placed). */
export function cellCards(doc: Pick<TandemDoc, 'cards'>, laneId: string, stageId: string, excludeId?: string): Card[] {
  return doc.cards
    .filter((c) => c.laneId === laneId && c.stageId === stageId && c.id !== excludeId)
    .sort((a, b) => a.order - b.order);
}

/**
 * The sort key that puts an item at `index` among the cell's cards (the item itself excluded). Fractional keys
 * halve the gap on every insert at the same spot, so after about fifty inserts two neighbours have no distinct
 * midpoint left; then the cell is renumbered 1, 2, 3, … with a free slot at `index`.
 */
export function placementInCell(
  doc: Pick<TandemDoc, 'cards'>,
  laneId: string,
  stageId: string,
  index: number,
  excludeId?: string,
): Placement {
  const others = cellCards(doc, laneId, stageId, excludeId);
  const orders = others.map((c) => c.order);
  const i = Math.max(0, Math.min(Math.trunc(index), others.length));
  const order = orderAtIndex(orders, i);
  const before = orders[i - 1];
  const after = orders[i];
  const fits =
    Number.isFinite(order) && (before === undefined || order > before) && (after === undefined || order < after);
  if (fits) return { order, renumber: [] };
  const renumber: Command[] = [];
  others.forEach((c, k) => {
    const fresh = k < i ? k + 1 : k + 2;
    if (c.order !== fresh) renumber.push({ type: 'card/move', id: c.id, laneId, stageId, order: fresh });
  });
  return { order: i + 1, renumber };
}

/** The command that puts an existing card at `index` of a lane × stage cell: a `card/move`, or a batch that renumbers the cell first. */
export function placeCardCommand(
  doc: Pick<TandemDoc, 'cards'>,
  cardId: string,
  laneId: string,
  stageId: string,
  index: number,
): Command {
  const { order, renumber } = placementInCell(doc, laneId, stageId, index, cardId);
  const move: Command = { type: 'card/move', id: cardId, laneId, stageId, order };
  return renumber.length ? { type: 'batch', label: 'Move card', commands: [...renumber, move] } : move;
}

/** The command that adds `card` at `index` of its cell (its own `order` is replaced): a `card/add`, or a batch that renumbers first. */
export function addCardCommand(doc: Pick<TandemDoc, 'cards'>, card: Card, index: number): Command {
  const { order, renumber } = placementInCell(doc, card.laneId, card.stageId, index, card.id);
  const add: Command = { type: 'card/add', card: { ...card, order } };
  return renumber.length ? { type: 'batch', label: 'Add card', commands: [...renumber, add] } : add;
}

/** The first stage of the first customer-actions lane (else the first lane that holds plain cards). */
export function defaultCell(doc: TandemDoc): { laneId: string; stageId: string } | null {
  const lanes = [...doc.lanes].sort((a, b) => a.order - b.order);
  const lane =
    lanes.find((l) => l.kind === 'customer') ??
    lanes.find((l) => l.kind !== 'metrics' && l.kind !== 'emotion') ??
    lanes[0];
  const stage = [...doc.stages].sort((a, b) => a.order - b.order)[0];
  return lane && stage ? { laneId: lane.id, stageId: stage.id } : null;
}
