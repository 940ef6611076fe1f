import { z } from 'zod';
import { idSchema } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import { type Ballot, VOTE_LIMITS, type VoteRound, voteRoundSchema } from '../schema/voteRound';
import { getEntity, replaceEntity } from './collection';
import { addEntity, describeIssues } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';

/** Who placed a dot, as the workshop host names them; null in an anonymous round, where only counts are kept. */
export const voterSchema = z.object({ id: idSchema, name: z.string().max(80) }).nullable();

/** Commands of dot-voting rounds. Opening, closing and deleting are the facilitator's; moving a dot the room's. */
export const votingCommandSchemas = [
  z.object({ type: z.literal('voteRound/add'), round: voteRoundSchema }),
  z.object({ type: z.literal('voteRound/delete'), id: idSchema }),
  z.object({ type: z.literal('voteRound/close'), id: idSchema, closedAt: z.string().min(1).max(40) }),
  z.object({ type: z.literal('voteRound/reopen'), id: idSchema }),
  /**
   * One dot placed (from null), taken back (to null) or moved from one item to another, in one step. The host fills
   * `voter` from the participant who sent it; a resend is answered by the command id, never applied twice.
   */
  z.object({
    type: z.literal('vote/move'),
    roundId: idSchema,
    from: idSchema.nullable(),
    to: idSchema.nullable(),
    voter: voterSchema,
  }),
] as const;

function checkRound(round: VoteRound): VoteRound {
  const parsed = voteRoundSchema.safeParse(round);
  if (!parsed.success) throw new CommandError('invalid', `voting round "${round.id}": ${describeIssues(parsed.error)}`);
  const ids = new Set(round.items.map((i) => i.id));
  if (ids.size !== round.items.length) throw new CommandError('invalid', 'a round lists each item once');
  if (round.anonymous && round.ballots.length > 0)
    throw new CommandError('invalid', 'an anonymous round keeps counts, not who voted');
  return parsed.data;
}

const putRound = (doc: TandemDoc, round: VoteRound): TandemDoc => ({
  ...doc,
  voteRounds: replaceEntity('voteRounds', doc.voteRounds, round),
});

/** A voter's dots in a named round, all items together. */
export function dotsOf(round: VoteRound, voterId: string): number {
  return round.ballots.reduce((n, b) => (b.voterId === voterId ? n + b.dots : n), 0);
}

/**
 * A pain-point round's dots added to (closing) or taken from (reopening) each pain point's votes, which feed the
 * register's priority. Read from the round as it is when it closes, so a dot that reached the host a moment before
 * the close is counted in both; a pain point deleted since keeps its dots in the round's ranking only.
 */
function feedPainPoints(doc: TandemDoc, round: VoteRound, sign: 1 | -1): TandemDoc {
  if (round.target.kind !== 'painPoints') return doc;
  const dots = new Map(round.items.filter((i) => i.votes > 0).map((i) => [i.id, i.votes]));
  if (dots.size === 0) return doc;
  const painPoints = doc.painPoints.map((p) => {
    const n = dots.get(p.id);
    return n === undefined ? p : { ...p, votes: Math.max(0, Math.min(10_000, p.votes + sign * n)) };
  });
  return { ...doc, painPoints };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The round's ballots with one dot of a voter added to (+1) or taken from (−1) an item. */
function shiftBallot(round: VoteRound, voter: { id: string; name: string }, itemId: string, by: 1 | -1): Ballot[] {
  const i = round.ballots.findIndex((b) => b.voterId === voter.id && b.itemId === itemId);
  const out = round.ballots.slice();
  if (i < 0) {
    if (by < 0) throw new CommandError('conflict', 'you have no dot on that item');
    if (out.length >= VOTE_LIMITS.ballots) throw new CommandError('conflict', 'this round holds no more votes');
    out.push({ voterId: voter.id, name: voter.name, itemId, dots: 1 });
    // Kept by voter then item, so that a move and its undo give back the same list.
    return out.sort((a, b) => cmp(a.voterId, b.voterId) || cmp(a.itemId, b.itemId));
  }
  const b = out[i]!;
  if (by < 0 && b.dots === 1) out.splice(i, 1);
  else {
    if (by > 0 && !round.stacking) throw new CommandError('conflict', 'one dot per item in this round');
    out[i] = { ...b, dots: b.dots + by };
  }
  return out;
}

export const votingHandlers: Handlers<(typeof votingCommandSchemas)[number]> = {
  'voteRound/add': (doc, cmd) => {
    const round = checkRound(cmd.round);
    // The room votes in one round at a time: a dot is always placed in "the" round.
    const open = doc.voteRounds.find((r) => r.closedAt === null);
    if (round.closedAt === null && open)
      throw new CommandError('conflict', `the round "${open.title}" is still open; close it first`);
    return {
      doc: addEntity(doc, 'voteRounds', round, 'voting round'),
      inverse: { type: 'voteRound/delete', id: cmd.round.id },
    };
  },
  'voteRound/delete': (doc, cmd) => {
    const round = getEntity(doc, 'voteRounds', cmd.id, 'voting round');
    return {
      doc: { ...doc, voteRounds: doc.voteRounds.filter((r) => r.id !== cmd.id) },
      inverse: { type: 'voteRound/add', round },
    };
  },
  'voteRound/close': (doc, cmd) => {
    const round = getEntity(doc, 'voteRounds', cmd.id, 'voting round');
    if (round.closedAt !== null) throw new CommandError('conflict', `the round "${round.title}" is already closed`);
    return {
      doc: feedPainPoints(putRound(doc, { ...round, closedAt: cmd.closedAt }), round, 1),
      inverse: { type: 'voteRound/reopen', id: cmd.id },
    };
  },
  'voteRound/reopen': (doc, cmd) => {
    const round = getEntity(doc, 'voteRounds', cmd.id, 'voting round');
    if (round.closedAt === null) throw new CommandError('conflict', `the round "${round.title}" is open`);
    const other = doc.voteRounds.find((r) => r.closedAt === null);
    if (other) throw new CommandError('conflict', `the round "${other.title}" is open; close it first`);
    return {
      doc: feedPainPoints(putRound(doc, { ...round, closedAt: null }), round, -1),
      inverse: { type: 'voteRound/close', id: cmd.id, closedAt: round.closedAt },
    };
  },
  'vote/move': (doc, cmd) => {
    const round = getEntity(doc, 'voteRounds', cmd.roundId, 'voting round');
    if (round.closedAt !== null) throw new CommandError('conflict', 'this round has closed');
    if (cmd.from === cmd.to) throw new CommandError('invalid', 'a dot moves from one item to another');
    if (round.anonymous !== (cmd.voter === null))
      throw new CommandError('invalid', round.anonymous ? 'this round is anonymous' : 'a named round needs the voter');
    const items = round.items.slice();
    for (const [id, by] of [
      [cmd.from, -1],
      [cmd.to, 1],
    ] as const) {
      if (id === null) continue;
      const i = items.findIndex((it) => it.id === id);
      if (i < 0) throw new CommandError('not_found', 'that item is not part of this round');
      if (items[i]!.votes + by < 0) throw new CommandError('conflict', 'that item has no dot to take');
      items[i] = { ...items[i]!, votes: items[i]!.votes + by };
    }
    let ballots = round.ballots;
    if (cmd.voter !== null) {
      const voter = cmd.voter;
      if (cmd.from !== null) ballots = shiftBallot({ ...round, ballots }, voter, cmd.from, -1);
      if (cmd.to !== null) ballots = shiftBallot({ ...round, ballots }, voter, cmd.to, 1);
      if (cmd.from === null && dotsOf({ ...round, ballots }, voter.id) > round.dotsEach)
        throw new CommandError('conflict', `you have placed all ${round.dotsEach} of your dots`);
    }
    return {
      doc: putRound(doc, { ...round, items, ballots }),
      inverse: { type: 'vote/move', roundId: cmd.roundId, from: cmd.to, to: cmd.from, voter: cmd.voter },
    };
  },
};
