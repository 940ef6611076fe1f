import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../shared/layout';
import { laneTitled, makeMap, stageNamed } from '../../test/helpers/makeMap';
import {
  clampStep,
  lastSeenCard,
  nextLaneStep,
  nextStep,
  presentSteps,
  previousStep,
  stageStep,
  stepCards,
  stepPosition,
  stepRect,
} from './steps';

describe('present/steps', () => {
  const doc = makeMap();
  const steps = presentSteps(doc);
  const stageIds = ['Discover', 'Buy', 'Receive', 'Use', 'Get help'].map((n) => stageNamed(doc, n).id);
  const emotionLanes = ['Customer emotion', 'Employee emotion'].map((t) => laneTitled(doc, t).id);

  it('goes through every stage left to right, then each emotion curve across the whole journey', () => {
    expect(steps).toEqual([
      ...stageIds.map((stageId) => ({ kind: 'stage', stageId })),
      ...emotionLanes.map((laneId) => ({ kind: 'lane', laneId })),
    ]);
  });

  it('follows the stages as the map orders them, not as they were made', () => {
    const moved = {
      ...doc,
      stages: doc.stages.map((s) => (s.name === 'Get help' ? { ...s, order: 0 } : s)),
    };
    expect(presentSteps(moved)[0]).toEqual({ kind: 'stage', stageId: stageIds[4] });
  });

  it('steps forward and back and stays put at either end, as a slide deck does', () => {
    expect(nextStep(steps, 0)).toBe(1);
    expect(nextStep(steps, steps.length - 1)).toBe(steps.length - 1);
    expect(previousStep(steps, 3)).toBe(2);
    expect(previousStep(steps, 0)).toBe(0);
  });

  it('keeps a step in range when the map lost stages under it', () => {
    expect(clampStep(steps, 40)).toBe(steps.length - 1);
    expect(clampStep(steps, -3)).toBe(0);
    expect(clampStep([], 4)).toBe(0);
  });

  it('jumps to the n-th stage with keys 1–9, and nowhere past the last stage', () => {
    expect(stageStep(steps, 1)).toBe(0);
    expect(stageStep(steps, 3)).toBe(2);
    expect(stageStep(steps, 6)).toBeNull();
  });

  it('goes from a stage to the first emotion curve with L, then to the next, then round again', () => {
    const first = nextLaneStep(steps, 2);
    expect(steps[first ?? -1]).toEqual({ kind: 'lane', laneId: emotionLanes[0] });
    const second = nextLaneStep(steps, first ?? -1);
    expect(steps[second ?? -1]).toEqual({ kind: 'lane', laneId: emotionLanes[1] });
    expect(nextLaneStep(steps, second ?? -1)).toBe(first);
  });

  it('has no lane step on a map without an emotion lane', () => {
    const flat = { ...doc, lanes: doc.lanes.filter((l) => l.kind !== 'emotion') };
    expect(nextLaneStep(presentSteps(flat), 0)).toBeNull();
  });

  it('says where a step stands among its kind: stage 3 of 5, lane 2 of 2', () => {
    expect(stepPosition(steps, 2)).toEqual({ number: 3, of: 5 });
    expect(stepPosition(steps, 6)).toEqual({ number: 2, of: 2 });
  });

  it('lists a stage’s cards lane by lane from the top, and a lane’s cards stage by stage', () => {
    const buy = stepCards(doc, { kind: 'stage', stageId: stageIds[1] as string });
    const laneRank = (id: string) => {
      const card = doc.cards.find((c) => c.id === id);
      return doc.lanes.find((l) => l.id === card?.laneId)?.order ?? -1;
    };
    expect(buy.length).toBeGreaterThan(2);
    expect(buy.map(laneRank)).toEqual([...buy.map(laneRank)].sort((a, b) => a - b));
    const curve = stepCards(doc, { kind: 'lane', laneId: emotionLanes[0] as string });
    const stageRank = (id: string) => stageIds.indexOf(doc.cards.find((c) => c.id === id)?.stageId ?? '');
    expect(curve.map(stageRank)).toEqual([...curve.map(stageRank)].sort((a, b) => a - b));
  });

  it('leaves at the card the presenter picked on the step, else at the step’s first card', () => {
    const stage = { kind: 'stage', stageId: stageIds[1] as string } as const;
    const cards = stepCards(doc, stage);
    expect(lastSeenCard(doc, stage, [])).toBe(cards[0]);
    expect(lastSeenCard(doc, stage, [cards[2] as string])).toBe(cards[2]);
    // A card picked elsewhere on the map is not what the audience saw here.
    const elsewhere = stepCards(doc, { kind: 'stage', stageId: stageIds[4] as string })[0] as string;
    expect(lastSeenCard(doc, stage, [elsewhere])).toBe(cards[0]);
  });

  it('leaves at no card from an empty step', () => {
    const empty = { ...doc, cards: doc.cards.filter((c) => c.stageId !== stageIds[0]) };
    expect(lastSeenCard(empty, { kind: 'stage', stageId: stageIds[0] as string }, [])).toBeNull();
  });

  it('lights a stage’s whole column with its header, and a lane’s whole row with its name', () => {
    const layout = computeLayout(doc);
    const buy = layout.stages.find((s) => s.id === stageIds[1]);
    expect(stepRect(layout, { kind: 'stage', stageId: stageIds[1] as string })).toEqual({
      x: buy?.x,
      y: 0,
      width: buy?.width,
      height: layout.height,
    });
    const lane = layout.lanes.find((l) => l.id === emotionLanes[0]);
    expect(stepRect(layout, { kind: 'lane', laneId: emotionLanes[0] as string })).toEqual({
      x: 0,
      y: lane?.y,
      width: layout.width,
      height: lane?.height,
    });
    expect(stepRect(layout, { kind: 'stage', stageId: 'gone' })).toBeNull();
  });
});
