import { z } from 'zod';
import { idSchema, titleText } from './common';

/** Bounds of one dot-voting round: a room of 30 with headroom, every pain point of a large workshop map. */
export const VOTE_LIMITS = {
  /** Items one round votes on. */
  items: 500,
  /** Dots each person may place. */
  dotsEach: 20,
  /** Who-voted-what lines of a named round: every participant of a full session on a different item with every dot. */
  ballots: 3_000,
  /** A time limit of up to two hours, in seconds. */
  timeLimit: 7_200,
} as const;

/** What a round votes on: the map's pain points, or the cards of some lanes. */
export const voteTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('painPoints') }),
  z.object({
    kind: z.literal('cards'),
    /** The lanes whose cards were put to the vote. */
    laneIds: z.array(idSchema).min(1, 'choose at least one lane').max(100),
  }),
]);
export type VoteTarget = z.infer<typeof voteTargetSchema>;

/** One thing voted on, with the dots it has. Its words are kept so a closed round reads the same after an edit. */
export const voteItemSchema = z.object({
  /** The pain point or card voted on (it may since have been deleted). */
  id: idSchema,
  /** Its title when the round opened. */
  label: titleText(300),
  /** Dots on it. */
  votes: z.number().int().min(0).max(100_000),
});
export type VoteItem = z.infer<typeof voteItemSchema>;

/** Who placed dots where, kept only in a named round. */
export const ballotSchema = z.object({
  /** The participant of the workshop session who placed them. */
  voterId: idSchema,
  /** Their display name at the time. */
  name: titleText(80),
  /** The item. */
  itemId: idSchema,
  /** Their dots on it (at least one). */
  dots: z.number().int().min(1).max(VOTE_LIMITS.dotsEach),
});
export type Ballot = z.infer<typeof ballotSchema>;

/** A dot-voting round of a workshop: open while the room votes, then kept closed with its ranking. */
export const voteRoundSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** What the facilitator called the round ("Which pain hurts most?"). */
  title: titleText(200),
  /** What is voted on. */
  target: voteTargetSchema,
  /** Dots each person may place. */
  dotsEach: z.number().int().min(1, 'a round gives at least one dot').max(VOTE_LIMITS.dotsEach),
  /** Whether one person may put several of their dots on the same item. */
  stacking: z.boolean(),
  /** Anonymous rounds keep counts only; named rounds also who placed which dot. */
  anonymous: z.boolean(),
  /** Seconds the round runs before it closes by itself; null: until the facilitator closes it. */
  timeLimit: z.number().int().min(10).max(VOTE_LIMITS.timeLimit).nullable(),
  /** ISO time the round opened. */
  openedAt: z.string().max(40),
  /** ISO time it closed; null while open. */
  closedAt: z.string().max(40).nullable(),
  /** The items voted on and their dots. */
  items: z.array(voteItemSchema).max(VOTE_LIMITS.items, `a round votes on at most ${VOTE_LIMITS.items} items`),
  /** Who placed which dots (named rounds; always empty in an anonymous one). */
  ballots: z.array(ballotSchema).max(VOTE_LIMITS.ballots),
});
export type VoteRound = z.infer<typeof voteRoundSchema>;
