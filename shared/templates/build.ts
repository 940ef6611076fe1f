import { defaultPairings, makeLane, makeStage } from '../factories';
import type { TandemDoc } from '../schema/document';
import type { Lane, LaneKind } from '../schema/lane';
import type { Side } from '../schema/common';
import type { Pairing } from '../schema/survey';
import type { Stage } from '../schema/stage';
import { type TemplateKey, type TemplateWords, templateWords } from './words';

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

/** The lanes of a full linked CX–EX blueprint, top to bottom: what each is, and the key of its title. */
const LINKED_ROWS: [LaneKind, TemplateKey, Side?][] = [
  ['emotion', 'linked.lane.customerEmotion', 'customer'],
  ['touchpoint', 'linked.lane.touchpoint'],
  ['customer', 'linked.lane.customer'],
  ['frontstage', 'linked.lane.frontstage'],
  ['backstage', 'linked.lane.backstage'],
  ['support', 'linked.lane.support'],
  ['employee', 'linked.lane.employee'],
  ['emotion', 'linked.lane.employeeEmotion', 'employee'],
  ['metrics', 'linked.lane.metrics'],
];

/** The rows of a full linked CX–EX blueprint with their titles in one language. */
export function linkedLanes(words: TemplateWords): [LaneKind, string, Side?][] {
  return LINKED_ROWS.map(([kind, key, side]) => (side ? [kind, words(key), side] : [kind, words(key)]));
}

/** The lanes of a full linked CX–EX blueprint, titled in English. */
export const LINKED_LANES: [LaneKind, string, Side?][] = linkedLanes(templateWords('en'));

/** The three question pairings of linked feedback, labelled in the template's language. */
export function pairingsIn(words: TemplateWords): Pairing[] {
  const labels: Readonly<Record<string, TemplateKey>> = {
    resolved: 'pairing.resolved',
    easy: 'pairing.easy',
    liked: 'pairing.liked',
  };
  return defaultPairings().map((p) => {
    const key = labels[p.customerQuestion];
    return key ? { ...p, label: words(key) } : p;
  });
}
