import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import type { Command } from '../commands/types';
import { expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import type { VoteRound } from '../schema/voteRound';
import { closeRoundCommand, dotProblem, openRoundCommand, ranking, roundItems, roundProblem } from './voting';

const settings = {
  title: 'Worst pain',
  target: { kind: 'painPoints' as const },
  dotsEach: 2,
  stacking: false,
  anonymous: true,
  timeLimit: 60,
};
const T0 = new Date('2026-12-03T10:00:00Z');

function opened() {
  const base = makeMap();
  const cmd = openRoundCommand(base, settings, T0) as Extract<Command, { type: 'voteRound/add' }>;
  return { doc: applyCommand(base, cmd).doc, round: cmd.round };
}

describe('roundItems', () => {
  it('puts the cards of the chosen lanes to the vote, stage by stage, and nothing from other lanes', () => {
    const doc = makeMap();
    const lane = doc.lanes.find((l) => doc.cards.some((c) => c.laneId === l.id))!;
    const items = roundItems(doc, { kind: 'cards', laneIds: [lane.id] });
    const expected = doc.cards.filter((c) => c.laneId === lane.id).map((c) => c.id);
    expect(items.map((i) => i.id).sort()).toEqual(expected.sort());
    expect(items.every((i) => i.votes === 0)).toBe(true);
  });

  it('says why a round cannot open: nothing to vote on, or a round already open', () => {
    const empty = { ...makeMap(), painPoints: [] };
    expect(roundProblem(empty, settings)).toBe('noPainPoints');
    expect(roundProblem(opened().doc, settings)).toBe('roundOpen');
    expect(roundProblem(makeMap(), settings)).toBeNull();
  });
});

describe('dotProblem', () => {
  const { round } = opened();
  const [a, b] = round.items.map((i) => i.id) as [string, string];
  const during = T0.getTime() + 30_000;

  it('lets a participant place, move and take back dots within their allowance', () => {
    expect(dotProblem(round, { roundId: round.id, from: null, to: a }, {}, during)).toBeNull();
    expect(dotProblem(round, { roundId: round.id, from: a, to: b }, { [a]: 1 }, during)).toBeNull();
    expect(dotProblem(round, { roundId: round.id, from: a, to: null }, { [a]: 1 }, during)).toBeNull();
  });

  it('refuses a dot past the allowance, a second one on an item, one after the time limit, and one in a closed round', () => {
    expect(dotProblem(round, { roundId: round.id, from: null, to: b }, { [a]: 1, x: 1 }, during)).toMatch(/all 2/);
    expect(dotProblem(round, { roundId: round.id, from: null, to: a }, { [a]: 1 }, during)).toMatch(/one dot per/);
    expect(dotProblem(round, { roundId: round.id, from: null, to: a }, {}, T0.getTime() + 60_000)).toMatch(/time/);
    const closed: VoteRound = { ...round, closedAt: T0.toISOString() };
    expect(dotProblem(closed, { roundId: round.id, from: null, to: a }, {}, during)).toMatch(/closed/);
    expect(dotProblem(round, { roundId: round.id, from: null, to: 'elsewhere' }, {}, during)).toMatch(/not part/);
    expect(dotProblem(round, { roundId: round.id, from: b, to: a }, {}, during)).toMatch(/no dot/);
  });
});

describe('closeRoundCommand', () => {
  it("adds a pain-point round's dots to the pain points' votes in the same step; undo takes them off", () => {
    const { doc, round } = opened();
    const [a, b] = round.items.map((i) => i.id) as [string, string];
    let d = doc;
    for (const to of [a, a, b])
      d = applyCommand(d, { type: 'vote/move', roundId: round.id, from: null, to, voter: null }).doc;
    const votesBefore = (id: string) => d.painPoints.find((p) => p.id === id)!.votes;
    const { doc: closed } = expectUndoRedo(d, closeRoundCommand(round.id, new Date()));
    const votes = (id: string) => closed.painPoints.find((p) => p.id === id)!.votes;
    expect(votes(a)).toBe(votesBefore(a) + 2);
    expect(votes(b)).toBe(votesBefore(b) + 1);
    expect(closed.voteRounds[0]!.closedAt).not.toBeNull();
  });

  it('ranks items by dots, most first, with ties sharing a rank', () => {
    const { round } = opened();
    const items = round.items.slice(0, 4).map((it, i) => ({ ...it, votes: [1, 3, 3, 0][i]! }));
    expect(ranking({ ...round, items }).map((r) => [r.votes, r.rank])).toEqual([
      [3, 1],
      [3, 1],
      [1, 3],
      [0, 4],
    ]);
  });
});
