import { makeLane, makeStage } from '../../shared/factories';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import type { LaneKind } from '../../shared/schema/lane';
import type { Side } from '../../shared/schema/common';

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
