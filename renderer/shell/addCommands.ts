import { makeLane, makeStage } from '../../shared/factories';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import { LANE_CHOICES, type LaneChoice } from '../canvas/structure/laneKinds';

export { LANE_CHOICES };

/** A `stage/add` putting a new, numbered stage after the last one. */
export function addStageCommand(doc: TandemDoc): Command {
  const last = Math.max(0, ...doc.stages.map((s) => s.order));
  return { type: 'stage/add', stage: makeStage({ name: `Stage ${doc.stages.length + 1}`, order: last + 1 }) };
}

/** A `lane/add` putting a new lane of `choice`'s kind below the last one. */
export function addLaneCommand(doc: TandemDoc, choice: LaneChoice): Command {
  const last = Math.max(0, ...doc.lanes.map((l) => l.order));
  return {
    type: 'lane/add',
    lane: makeLane({
      kind: choice.kind,
      title: choice.title,
      order: last + 1,
      ...(choice.side ? { side: choice.side } : {}),
    }),
  };
}
