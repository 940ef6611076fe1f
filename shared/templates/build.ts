import { makeLane, makeStage } from '../factories';
import type { TandemDoc } from '../schema/document';
import type { Lane, LaneKind } from '../schema/lane';
import type { Side } from '../schema/common';
import type { Stage } from '../schema/stage';

/** Stages named in order. */
export function stagesNamed(names: string[]): Stage[] {
  return names.map((name, i) => makeStage({ name, order: i + 1 }));
}

/** Lanes from [kind, title, side?] rows, in order. */
export function lanesFrom(rows: [LaneKind, string, Side?][]): Lane[] {
  return rows.map(([kind, title, side], i) => makeLane({ kind, title, order: i + 1, ...(side ? { side } : {}) }));
}

/** Finds a lane of a template by title (templates are built by code, so a miss is a programming error). */
export function laneTitled(doc: TandemDoc, title: string): Lane {
  const lane = doc.lanes.find((l) => l.title === title);
  if (!lane) throw new Error(`template has no lane "${title}"`);
  return lane;
}

/** The lanes of a full linked CX–EX blueprint. */
export const LINKED_LANES: [LaneKind, string, Side?][] = [
  ['emotion', 'Customer emotion', 'customer'],
  ['touchpoint', 'Touchpoints'],
  ['customer', 'Customer actions'],
  ['frontstage', 'Frontstage (staff the customer sees)'],
  ['backstage', 'Backstage (staff the customer does not see)'],
  ['support', 'Support processes and systems'],
  ['employee', 'Employee journey'],
  ['emotion', 'Employee emotion', 'employee'],
  ['metrics', 'CX + EX metrics'],
];
