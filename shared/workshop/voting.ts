import type { Command } from '../commands/types';
import { newId } from '../ids';
import type { TandemDoc } from '../schema/document';
import type { VoteItem, VoteRound, VoteTarget } from '../schema/voteRound';
import { VOTE_LIMITS } from '../schema/voteRound';

/** What the facilitator chooses when opening a round. */
export interface RoundSettings {
  title: string;
  target: VoteTarget;
  dotsEach: number;
  stacking: boolean;
  anonymous: boolean;
  /** Seconds, or null for no limit. */
  timeLimit: number | null;
}

/** The items a target puts to the vote, in the order the map shows them: stage by stage, then down the lanes. */
export function roundItems(doc: TandemDoc, target: VoteTarget): VoteItem[] {
  const stageOrder = new Map(doc.stages.map((s, i) => [s.id, i]));
  const laneOrder = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const place = (cardId: string) => {
    const c = doc.cards.find((x) => x.id === cardId);
    return c ? [stageOrder.get(c.stageId) ?? 0, laneOrder.get(c.laneId) ?? 0, c.order] : [0, 0, 0];
  };
  const byPlace = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  if (target.kind === 'painPoints') {
    return doc.painPoints
      .map((p) => ({ p, at: place(p.cardId) }))
      .sort((a, b) => byPlace(a.at, b.at))
      .map(({ p }) => ({ id: p.id, label: p.title.trim() || 'Untitled pain point', votes: 0 }));
  }
  const lanes = new Set(target.laneIds);
  return doc.cards
    .filter((c) => lanes.has(c.laneId))
    .map((c) => ({ c, at: place(c.id) }))
    .sort((a, b) => byPlace(a.at, b.at))
    .map(({ c }) => ({ id: c.id, label: c.title.trim() || 'Untitled card', votes: 0 }));
}

/** Why a round cannot open: the key of its words in the `voting` catalogue (`problem.<key>`). */
export type RoundProblem = 'roundOpen' | 'noPainPoints' | 'noCards' | 'tooManyItems';

/** Why a round with these settings cannot open on this map; null when it can. */
export function roundProblem(doc: TandemDoc, settings: RoundSettings): RoundProblem | null {
  if (doc.voteRounds.some((r) => r.closedAt === null)) return 'roundOpen';
  const n = roundItems(doc, settings.target).length;
  if (n === 0) return settings.target.kind === 'painPoints' ? 'noPainPoints' : 'noCards';
  if (n > VOTE_LIMITS.items) return 'tooManyItems';
  return null;
}

/** The command that opens a new round on what the map holds now. */
export function openRoundCommand(doc: TandemDoc, settings: RoundSettings, now: Date): Command {
  const round: VoteRound = {
    id: newId(),
    title: settings.title.trim().slice(0, 200),
    target: settings.target,
    dotsEach: settings.dotsEach,
    stacking: settings.stacking,
    anonymous: settings.anonymous,
    timeLimit: settings.timeLimit,
    openedAt: now.toISOString(),
    closedAt: null,
    items: roundItems(doc, settings.target),
    ballots: [],
  };
  return { type: 'voteRound/add', round };
}

/**
 * The command that closes a round. Closing a pain-point round also adds its dots to each pain point's votes (in the
 * same step, undone with it), which feed the register's priority.
 */
export function closeRoundCommand(roundId: string, closedAt: Date): Command {
  return { type: 'voteRound/close', id: roundId, closedAt: closedAt.toISOString() };
}

/** The open round, if one is. */
export function openRound(doc: TandemDoc): VoteRound | null {
  return doc.voteRounds.find((r) => r.closedAt === null) ?? null;
}

/** When an open round's time runs out (ms since the epoch), or null when it has no limit. */
export function roundDeadline(round: VoteRound): number | null {
  return round.timeLimit === null ? null : Date.parse(round.openedAt) + round.timeLimit * 1000;
}

/** Dots placed in a round, everyone's together. */
export function dotsPlaced(round: VoteRound): number {
  return round.items.reduce((n, i) => n + i.votes, 0);
}

/** One line of a round's ranking: ties share a rank ("1, 2, 2, 4"). */
export interface RankedItem extends VoteItem {
  rank: number;
}

/** The items by dots, most first; equal dots keep the map's order and share a rank. */
export function ranking(round: VoteRound): RankedItem[] {
  const sorted = round.items.map((it, i) => ({ it, i })).sort((a, b) => b.it.votes - a.it.votes || a.i - b.i);
  let rank = 0;
  return sorted.map(({ it }, k) => {
    if (k === 0 || sorted[k - 1]!.it.votes !== it.votes) rank = k + 1;
    return { ...it, rank };
  });
}

/** One person's dots per item in a named round, read from its ballots. */
export function ballotsOf(round: VoteRound, voterId: string): Record<string, number> {
  const mine: Record<string, number> = {};
  for (const b of round.ballots) if (b.voterId === voterId) mine[b.itemId] = b.dots;
  return mine;
}

/** A dot a participant wants to place, take back or move. */
export interface DotMove {
  roundId: string;
  from: string | null;
  to: string | null;
}

/**
 * Judges a participant's dot against the round (open, in time, its items) and their own dots so far (allowance,
 * one per item where stacking is off). Returns the reason in words when it is refused, else null. The host runs it
 * before applying; the participant's page runs it to grey out what would be refused.
 */
export function dotProblem(
  round: VoteRound | undefined,
  move: DotMove,
  mine: Readonly<Record<string, number>>,
  now: number,
): string | null {
  if (!round) return 'that voting round is not on the map';
  if (round.closedAt !== null) return 'this voting round has closed';
  const deadline = roundDeadline(round);
  if (deadline !== null && now >= deadline) return 'time is up for this voting round';
  if (move.from === null && move.to === null) return 'a dot goes somewhere';
  if (move.from === move.to) return 'a dot moves from one item to another';
  const inRound = (id: string) => round.items.some((it) => it.id === id);
  if (move.from !== null && !inRound(move.from)) return 'that item is not part of this round';
  if (move.to !== null && !inRound(move.to)) return 'that item is not part of this round';
  if (move.from !== null && (mine[move.from] ?? 0) < 1) return 'you have no dot on that item';
  if (move.to !== null) {
    if (!round.stacking && (mine[move.to] ?? 0) >= 1) return 'one dot per item in this round';
    const used = Object.values(mine).reduce((n, d) => n + d, 0);
    if (move.from === null && used >= round.dotsEach) return `you have placed all ${round.dotsEach} of your dots`;
  }
  return null;
}

/** One person's dots per item after a move. */
export function afterMove(mine: Readonly<Record<string, number>>, move: DotMove): Record<string, number> {
  const out = { ...mine };
  if (move.from !== null) {
    out[move.from] = (out[move.from] ?? 0) - 1;
    if (out[move.from] === 0) delete out[move.from];
  }
  if (move.to !== null) out[move.to] = (out[move.to] ?? 0) + 1;
  return out;
}
