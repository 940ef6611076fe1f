import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import type { RefusalCode } from '../../shared/workshop/protocol';
import {
  afterMove,
  ballotsOf,
  closeRoundCommand,
  dotProblem,
  openRound,
  roundDeadline,
} from '../../shared/workshop/voting';

type VoteMove = Extract<Command, { type: 'vote/move' }>;

/** Longest wait setTimeout keeps (about 24.8 days); a round's limit is far below it. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * The host’s side of dot-voting (ADR 0021): it judges each participant's dot against the open round and their own
 * dots, names the voter in a named round (never in an anonymous one), remembers an anonymous voter's dots for the
 * session only, and closes a round with a time limit when its time is up. Who placed an anonymous dot is never
 * written to the map, and never sent to the other pages.
 */
export class VotingDesk {
  /** Anonymous rounds: each participant's dots per item, by round; lives as long as the session. */
  private readonly secret = new Map<string, Map<string, Record<string, number>>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private armed: { roundId: string; at: number } | null = null;

  constructor(
    private readonly opts: {
      doc: () => TandemDoc;
      now: () => number;
      /** Applies the closing command of a round whose time is up, as the facilitator's. */
      close: (cmd: Command) => void;
    },
  ) {}

  /**
   * A participant's dot: refused with a code and words, or the command to apply with its voter filled in by the host
   * (whatever the page put there).
   */
  judge(
    raw: VoteMove,
    voter: { id: string; name: string },
  ): { cmd: VoteMove } | { code: RefusalCode; message: string } {
    const round = this.opts.doc().voteRounds.find((r) => r.id === raw.roundId);
    const move = { roundId: raw.roundId, from: raw.from, to: raw.to };
    const why = dotProblem(round, move, this.mine(raw.roundId, voter.id), this.opts.now());
    if (why !== null || !round) {
      const stale = !round || round.closedAt !== null || /time is up/.test(why ?? '');
      return { code: stale ? 'conflict' : 'forbidden', message: `Not counted: ${why}.` };
    }
    return { cmd: { ...raw, voter: round.anonymous ? null : { id: voter.id, name: voter.name.slice(0, 80) } } };
  }

  /** A participant's dot reached the file: an anonymous one is remembered here only. */
  applied(cmd: VoteMove, voterId: string): void {
    const round = this.opts.doc().voteRounds.find((r) => r.id === cmd.roundId);
    if (!round?.anonymous) return;
    let byVoter = this.secret.get(cmd.roundId);
    if (!byVoter) {
      byVoter = new Map();
      this.secret.set(cmd.roundId, byVoter);
    }
    byVoter.set(voterId, afterMove(byVoter.get(voterId) ?? {}, cmd));
  }

  /** One participant's dots per item in a round: from the ballots of a named round, from memory in an anonymous one. */
  mine(roundId: string, voterId: string): Record<string, number> {
    const round = this.opts.doc().voteRounds.find((r) => r.id === roundId);
    if (!round) return {};
    return round.anonymous ? { ...(this.secret.get(roundId)?.get(voterId) ?? {}) } : ballotsOf(round, voterId);
  }

  /** Whether a round is anonymous: its dots then reach the other pages without their author. */
  anonymous(roundId: string): boolean {
    return this.opts.doc().voteRounds.find((r) => r.id === roundId)?.anonymous ?? false;
  }

  /** Re-reads the map after any change: a time limit of the open round is (re)armed, a closed round's disarmed. */
  watch(): void {
    const doc = this.opts.doc();
    const round = openRound(doc);
    const at = round ? roundDeadline(round) : null;
    if (round && at !== null && this.armed?.roundId === round.id && this.armed.at === at) return;
    this.stop();
    if (!round || at === null) return;
    this.armed = { roundId: round.id, at };
    this.timer = setTimeout(() => this.timeUp(round.id), Math.min(MAX_TIMER, Math.max(0, at - this.opts.now())));
  }

  /** Forgets the timer (the session ends). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armed = null;
  }

  private timeUp(roundId: string): void {
    this.timer = null;
    this.armed = null;
    const doc = this.opts.doc();
    if (openRound(doc)?.id !== roundId) return;
    this.opts.close(closeRoundCommand(roundId, new Date(this.opts.now())));
  }
}
