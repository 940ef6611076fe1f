import { makeCard, makeLane, makeStage } from '../../shared/factories';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import type { LaneKind } from '../../shared/schema/lane';
import type { Side } from '../../shared/schema/common';

/** A lane × stage cell of the map. */
export interface Cell {
  laneId: string;
  stageId: string;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/**
 * Where the toolbar's Add card puts a card: the cell of the first selected card, else the first stage of the
 * first customer-actions lane (any lane when there is none); null when the map has no lane or no stage.
 */
export function targetCell(doc: TandemDoc, selection: readonly string[]): Cell | null {
  const picked = doc.cards.find((c) => c.id === selection[0]);
  if (picked) return { laneId: picked.laneId, stageId: picked.stageId };
  const lanes = [...doc.lanes].sort(byOrder);
  const lane = lanes.find((l) => l.kind === 'customer') ?? lanes.find((l) => l.kind !== 'metrics' && l.kind !== 'emotion') ?? lanes[0];
  const stage = [...doc.stages].sort(byOrder)[0];
  return lane && stage ? { laneId: lane.id, stageId: stage.id } : null;
}

/** A `card/add` putting a new card last in `cell`. */
export function addCardCommand(doc: TandemDoc, cell: Cell, title = 'New card'): Extract<Command, { type: 'card/add' }> {
  const last = Math.max(0, ...doc.cards.filter((c) => c.laneId === cell.laneId && c.stageId === cell.stageId).map((c) => c.order));
  return { type: 'card/add', card: makeCard({ ...cell, title, order: last + 1 }) };
}

/** A `stage/add` putting a new, numbered stage after the last one. */
export function addStageCommand(doc: TandemDoc): Command {
  const last = Math.max(0, ...doc.stages.map((s) => s.order));
  return { type: 'stage/add', stage: makeStage({ name: `Stage ${doc.stages.length + 1}`, order: last + 1 }) };
}

/** The lanes a user can add from the toolbar, with the title each starts with. */
export const LANE_CHOICES: { kind: LaneKind; side?: Side; title: string }[] = [
  { kind: 'customer', title: 'Customer actions' },
  { kind: 'touchpoint', title: 'Touchpoints' },
  { kind: 'frontstage', title: 'Frontstage actions' },
  { kind: 'backstage', title: 'Backstage actions' },
  { kind: 'support', title: 'Support processes' },
  { kind: 'employee', title: 'Employee journey' },
  { kind: 'emotion', side: 'customer', title: 'Customer emotion' },
  { kind: 'emotion', side: 'employee', title: 'Employee emotion' },
  { kind: 'metrics', title: 'Metrics' },
  { kind: 'notes', title: 'Notes' },
];

/** A `lane/add` putting a new lane of `choice`'s kind below the last one. */
export function addLaneCommand(doc: TandemDoc, choice: (typeof LANE_CHOICES)[number]): Command {
  const last = Math.max(0, ...doc.lanes.map((l) => l.order));
  return { type: 'lane/add', lane: makeLane({ kind: choice.kind, title: choice.title, order: last + 1, ...(choice.side ? { side: choice.side } : {}) }) };
}
