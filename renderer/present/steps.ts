import type { MapLayout, Rect } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';

/**
 * One step of a presentation: a stage (its column, every lane) or a lane across every stage (the emotion curve).
 * Ids only, so a step stays valid while the map changes under it (a participant adds a card).
 */
export type PresentStep = { kind: 'stage'; stageId: string } | { kind: 'lane'; laneId: string };

type StepDoc = Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>;

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/**
 * The steps of a map in the order a presenter goes through them: every stage left to right, then every emotion
 * lane top to bottom (the customer's, the employee's curve across the whole journey).
 */
export function presentSteps(doc: StepDoc): PresentStep[] {
  const stages = [...doc.stages].sort(byOrder).map((s): PresentStep => ({ kind: 'stage', stageId: s.id }));
  const lanes = [...doc.lanes]
    .sort(byOrder)
    .filter((l) => l.kind === 'emotion')
    .map((l): PresentStep => ({ kind: 'lane', laneId: l.id }));
  return [...stages, ...lanes];
}

/** The index a step number ends up at: within the list, 0 for an empty one. */
export function clampStep(steps: readonly PresentStep[], index: number): number {
  if (steps.length === 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), steps.length - 1);
}

/** The next step (→, Page Down, Space); the last one stays where it is, as a slide deck does. */
export function nextStep(steps: readonly PresentStep[], index: number): number {
  return clampStep(steps, index + 1);
}

/** The previous step (←, Page Up); the first stays where it is. */
export function previousStep(steps: readonly PresentStep[], index: number): number {
  return clampStep(steps, index - 1);
}

/** The step of the n-th stage (keys 1–9, counting from 1), or null when the map has fewer stages. */
export function stageStep(steps: readonly PresentStep[], n: number): number | null {
  let seen = 0;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i]?.kind !== 'stage') continue;
    seen += 1;
    if (seen === n) return i;
  }
  return null;
}

/**
 * The next lane step after `index` (key L), wrapping round to the first lane step; from a lane step, the next
 * lane. Null when the map has no emotion lane.
 */
export function nextLaneStep(steps: readonly PresentStep[], index: number): number | null {
  const lanes = steps.map((s, i) => (s.kind === 'lane' ? i : -1)).filter((i) => i >= 0);
  if (lanes.length === 0) return null;
  return lanes.find((i) => i > index) ?? (lanes[0] as number);
}

/** Where a step stands among its kind: "stage 3 of 7", "lane 1 of 2". */
export function stepPosition(steps: readonly PresentStep[], index: number): { number: number; of: number } {
  const step = steps[index];
  if (!step) return { number: 0, of: 0 };
  const same = steps.filter((s) => s.kind === step.kind);
  return { number: same.indexOf(step) + 1, of: same.length };
}

/** The stage a step is about: its own, or none for a lane across every stage. */
export function stepStage(step: PresentStep | undefined): string | null {
  return step?.kind === 'stage' ? step.stageId : null;
}

/** The cards a step shows, in reading order: lane by lane top to bottom, stage by stage left to right. */
export function stepCards(doc: StepDoc, step: PresentStep): string[] {
  const laneRank = new Map([...doc.lanes].sort(byOrder).map((l, i) => [l.id, i]));
  const stageRank = new Map([...doc.stages].sort(byOrder).map((s, i) => [s.id, i]));
  const inStep = doc.cards.filter((c) =>
    step.kind === 'stage' ? c.stageId === step.stageId : c.laneId === step.laneId,
  );
  const rank = (id: string, ranks: Map<string, number>) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  return inStep
    .sort((a, b) =>
      step.kind === 'stage'
        ? rank(a.laneId, laneRank) - rank(b.laneId, laneRank) || a.order - b.order
        : rank(a.stageId, stageRank) - rank(b.stageId, stageRank) || a.order - b.order,
    )
    .map((c) => c.id);
}

/**
 * The card the audience last saw at this step, to select when the presenter leaves: the card the presenter
 * picked while on it, else the first card of the step in reading order. Null for an empty step.
 */
export function lastSeenCard(doc: StepDoc, step: PresentStep, picked: readonly string[]): string | null {
  const cards = stepCards(doc, step);
  return picked.find((id) => cards.includes(id)) ?? cards[0] ?? null;
}

/**
 * The part of the canvas a step shows: a stage's column with its header, or a lane's row across every stage
 * (from the lane headers on the left, so the audience reads whose curve it is). Null when it is gone.
 */
export function stepRect(layout: MapLayout, step: PresentStep): Rect | null {
  if (step.kind === 'stage') {
    const stage = layout.stages.find((s) => s.id === step.stageId);
    return stage ? { x: stage.x, y: 0, width: stage.width, height: layout.height } : null;
  }
  const lane = layout.lanes.find((l) => l.id === step.laneId);
  if (!lane) return null;
  return { x: 0, y: lane.y, width: layout.width, height: lane.height };
}
