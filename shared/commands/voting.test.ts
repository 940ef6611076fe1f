import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import type { Command } from './types';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import type { TandemDoc } from '../schema/document';
import type { VoteRound } from '../schema/voteRound';
import { openRoundCommand } from '../workshop/voting';

const ANNA = { id: 'voter-anna', name: 'Anna' };
const BOHDAN = { id: 'voter-bohdan', name: 'Bohdan' };

function withRound(anonymous: boolean, extra: Partial<VoteRound> = {}): { doc: TandemDoc; round: VoteRound } {
  const base = makeMap();
  const open = openRoundCommand(
    base,
    {
      title: 'Which pain hurts most?',
      target: { kind: 'painPoints' },
      dotsEach: 3,
      stacking: true,
      anonymous,
      timeLimit: null,
    },
    new Date('2026-12-03T10:00:00Z'),
  ) as Extract<Command, { type: 'voteRound/add' }>;
  const round = { ...open.round, ...extra };
  return { doc: applyCommand(base, { type: 'voteRound/add', round }).doc, round };
}

const move = (round: VoteRound, from: string | null, to: string | null, voter: typeof ANNA | null): Command => ({
  type: 'vote/move',
  roundId: round.id,
  from,
  to,
  voter,
});

describe('voteRound/add', () => {
  it('opens a round on every pain point of the map; undo removes it; redo opens it again', () => {
    const base = makeMap();
    const cmd = openRoundCommand(
      base,
      { title: 'Pain', target: { kind: 'painPoints' }, dotsEach: 5, stacking: false, anonymous: true, timeLimit: 300 },
      new Date(),
    );
    const { doc } = expectUndoRedo(base, cmd);
    expect(doc.voteRounds).toHaveLength(1);
    expect(doc.voteRounds[0]!.items.map((i) => i.id).sort()).toEqual(base.painPoints.map((p) => p.id).sort());
  });

  it('refuses a second open round while one is open, and an anonymous round that names voters', () => {
    const { doc, round } = withRound(true);
    expectRefused(doc, { type: 'voteRound/add', round: { ...round, id: 'second-round' } }, 'conflict', /still open/);
    const named = {
      ...round,
      id: 'other',
      ballots: [{ voterId: 'x', name: 'X', itemId: round.items[0]!.id, dots: 1 }],
    };
    expectRefused(makeMap(), { type: 'voteRound/add', round: named }, 'invalid', /anonymous/);
  });
});

describe('vote/move', () => {
  it('places a dot in an anonymous round as a count only; undo takes it back; redo places it again', () => {
    const { doc, round } = withRound(true);
    const item = round.items[0]!.id;
    const { doc: after } = expectUndoRedo(doc, move(round, null, item, null));
    const stored = after.voteRounds[0]!;
    expect(stored.items.find((i) => i.id === item)!.votes).toBe(1);
    expect(stored.ballots).toEqual([]);
  });

  it('keeps who placed which dot in a named round and moves a dot between items; undo moves it back', () => {
    const { doc, round } = withRound(false);
    const [a, b] = round.items.map((i) => i.id);
    let d = applyCommand(doc, move(round, null, a!, ANNA)).doc;
    d = applyCommand(d, move(round, null, a!, BOHDAN)).doc;
    const { doc: after } = expectUndoRedo(d, move(round, a!, b!, ANNA));
    const stored = after.voteRounds[0]!;
    expect(stored.items.find((i) => i.id === a)!.votes).toBe(1);
    expect(stored.items.find((i) => i.id === b)!.votes).toBe(1);
    expect(stored.ballots).toEqual([
      { voterId: ANNA.id, name: 'Anna', itemId: b, dots: 1 },
      { voterId: BOHDAN.id, name: 'Bohdan', itemId: a, dots: 1 },
    ]);
  });

  it("refuses a named voter's dot past their allowance, and changes nothing", () => {
    const { doc, round } = withRound(false);
    const item = round.items[0]!.id;
    let d = doc;
    for (let i = 0; i < 3; i++) d = applyCommand(d, move(round, null, item, ANNA)).doc;
    expectRefused(d, move(round, null, item, ANNA), 'conflict', /all 3 of your dots/);
  });

  it('refuses a second dot on one item where the round does not stack them', () => {
    const { doc, round } = withRound(false, { stacking: false });
    const item = round.items[0]!.id;
    const d = applyCommand(doc, move(round, null, item, ANNA)).doc;
    expectRefused(d, move(round, null, item, ANNA), 'conflict', /one dot per item/);
  });

  it('refuses a dot in a closed round, on an item outside it, or taken from an item without one', () => {
    const { doc, round } = withRound(true);
    const item = round.items[0]!.id;
    expectRefused(doc, move(round, null, 'not-an-item', null), 'not_found');
    expectRefused(doc, move(round, item, null, null), 'conflict', /no dot/);
    const closed = applyCommand(doc, { type: 'voteRound/close', id: round.id, closedAt: '2026-12-03T10:05:00Z' }).doc;
    expectRefused(closed, move(round, null, item, null), 'conflict', /closed/);
  });

  it('refuses a voter in an anonymous round and a missing voter in a named one', () => {
    const anon = withRound(true);
    expectRefused(anon.doc, move(anon.round, null, anon.round.items[0]!.id, ANNA), 'invalid', /anonymous/);
    const named = withRound(false);
    expectRefused(named.doc, move(named.round, null, named.round.items[0]!.id, null), 'invalid', /voter/);
  });
});

describe('voteRound/close', () => {
  it('closes an open round; undo opens it again; redo closes it', () => {
    const { doc, round } = withRound(true);
    const { doc: after } = expectUndoRedo(doc, {
      type: 'voteRound/close',
      id: round.id,
      closedAt: '2026-12-03T10:05:00Z',
    });
    expect(after.voteRounds[0]!.closedAt).toBe('2026-12-03T10:05:00Z');
    expectRefused(after, { type: 'voteRound/close', id: round.id, closedAt: '2026-12-03T10:06:00Z' }, 'conflict');
  });
});

describe('voteRound/close on pain points', () => {
  it('adds the dots the round holds when the close is applied, a late one included; undo takes them off', () => {
    const { doc, round } = withRound(true);
    const item = round.items[0]!.id;
    const before = doc.painPoints.find((p) => p.id === item)!.votes;
    const close: Command = { type: 'voteRound/close', id: round.id, closedAt: '2026-12-03T10:05:00Z' };
    // The facilitator pressed Close; a dot reached the host first.
    const late = applyCommand(doc, move(round, null, item, null)).doc;
    const { doc: closed } = expectUndoRedo(late, close);
    expect(closed.painPoints.find((p) => p.id === item)!.votes).toBe(before + 1);
    expect(closed.voteRounds[0]!.items.find((i) => i.id === item)!.votes).toBe(1);
  });
});

describe('voteRound/delete', () => {
  it('removes a kept round; undo brings it back with its dots', () => {
    const { doc, round } = withRound(true);
    const voted = applyCommand(doc, move(round, null, round.items[0]!.id, null)).doc;
    const { doc: after } = expectUndoRedo(voted, { type: 'voteRound/delete', id: round.id });
    expect(after.voteRounds).toEqual([]);
  });
});
