import type { Command } from '../../../shared/commands/types';
import { orderAtIndex } from '../../../shared/commands/order';
import { makeLane, makeStage } from '../../../shared/factories';
import type { TandemDoc } from '../../../shared/schema/document';
import { sayIn } from '../../i18n';
import type { LaneChoice } from './laneKinds';

/** Stages and lanes are edited the same way; `axis` says which. */
export type Axis = 'stage' | 'lane';

interface Item {
  id: string;
  order: number;
  name: string;
}

/** The stages or lanes of a map in display order, with the name their header shows. */
export function itemsOf(doc: TandemDoc, axis: Axis): Item[] {
  const list =
    axis === 'stage'
      ? doc.stages.map((s) => ({ id: s.id, order: s.order, name: s.name }))
      : doc.lanes.map((l) => ({ id: l.id, order: l.order, name: l.title }));
  return list.sort((a, b) => a.order - b.order);
}

/** A new stage at `index` (0 = first) of the stage row, and its id. */
export function insertStageCommand(
  doc: TandemDoc,
  index: number,
  name = sayIn('canvas')('structure.newStage'),
): { cmd: Command; id: string } {
  const orders = itemsOf(doc, 'stage').map((s) => s.order);
  const stage = makeStage({ name, order: orderAtIndex(orders, index) });
  return { cmd: { type: 'stage/add', stage }, id: stage.id };
}

/** A new lane of the chosen kind at `index` (default: below the last lane), and its id. */
export function insertLaneCommand(doc: TandemDoc, choice: LaneChoice, index?: number): { cmd: Command; id: string } {
  const orders = itemsOf(doc, 'lane').map((l) => l.order);
  const lane = makeLane({
    kind: choice.kind,
    title: choice.title,
    order: orderAtIndex(orders, index ?? orders.length),
    ...(choice.side ? { side: choice.side } : {}),
  });
  return { cmd: { type: 'lane/add', lane }, id: lane.id };
}

/** The move that puts a stage or lane at `index` among the others; null when it is already there. */
export function moveToIndexCommand(doc: TandemDoc, axis: Axis, id: string, index: number): Command | null {
  const items = itemsOf(doc, axis);
  const current = items.findIndex((i) => i.id === id);
  if (current < 0) return null;
  const others = items.filter((i) => i.id !== id);
  const to = Math.max(0, Math.min(index, others.length));
  if (to === current) return null;
  const order = orderAtIndex(
    others.map((o) => o.order),
    to,
  );
  return axis === 'stage' ? { type: 'stage/move', id, order } : { type: 'lane/move', id, order };
}

/** Where the cards of a deleted stage or lane go when kept: the one before it, else the one after; null if alone. */
export function neighbourOf(doc: TandemDoc, axis: Axis, id: string): Item | null {
  const items = itemsOf(doc, axis);
  const i = items.findIndex((it) => it.id === id);
  if (i < 0) return null;
  return items[i - 1] ?? items[i + 1] ?? null;
}

/** How many cards sit in a stage or lane. */
export function cardCount(doc: TandemDoc, axis: Axis, id: string): number {
  return doc.cards.reduce((n, c) => n + ((axis === 'stage' ? c.stageId : c.laneId) === id ? 1 : 0), 0);
}

/** The delete command for a stage or lane: its cards deleted with it, or moved to `toId`. */
export function deleteCommand(axis: Axis, id: string, toId: string | null): Command {
  if (axis === 'stage')
    return { type: 'stage/delete', id, cards: toId ? { mode: 'move', toStageId: toId } : { mode: 'delete' } };
  return { type: 'lane/delete', id, cards: toId ? { mode: 'move', toLaneId: toId } : { mode: 'delete' } };
}

/** Why a stage or lane cannot be deleted (in the UI's language), or null when it can. */
export function cannotDelete(doc: TandemDoc, axis: Axis): string | null {
  const n = axis === 'stage' ? doc.stages.length : doc.lanes.length;
  if (n > 1) return null;
  return sayIn('canvas')(`menu.${axis}.cannotDelete`);
}

/** Index an item lands at when its centre is dropped at `centre` among the others (given as [start, size] boxes). */
export function dropIndex(others: readonly { start: number; size: number }[], centre: number): number {
  let index = 0;
  for (const o of others) if (o.start + o.size / 2 < centre) index += 1;
  return index;
}
