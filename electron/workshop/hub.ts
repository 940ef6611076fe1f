import { ApiFailure } from '../../shared/api/result';
import { parseCommand } from '../../shared/commands/apply';
import { CommandError } from '../../shared/commands/errors';
import type { Command } from '../../shared/commands/types';
import { findTextBreach } from '../../shared/bounds';
import { newId } from '../../shared/ids';
import type { TandemDoc } from '../../shared/schema/document';
import {
  PROTOCOL_VERSION,
  WORKSHOP_LIMITS,
  clientMessageSchema,
  type HostMessage,
  type PresentPerson,
  type RefusalCode,
  type RoomState,
} from '../../shared/workshop/protocol';
import { mentionsAny, participantView, unrevealedIds, withAuthor } from '../../shared/workshop/privacy';
import type { TimerAction } from '../../shared/workshop/timer';
import { createdBy, participantMayApply } from '../../shared/workshop/roles';
import { Countdown } from './countdown';
import { participantTeam } from '../../shared/workshop/teams';
import { TokenBucket } from './rateLimit';
import { VotingDesk } from './voting';

/** The map the hub writes to: the session's open document store. */
export interface HubStore {
  doc(): TandemDoc;
  revision(): number;
  /** Applies a checked command in one transaction (the same path as the facilitator's edits). */
  apply(cmd: Command): { revision: number };
}

/** One participant's open WebSocket, as the hub sees it. */
export interface Connection {
  send(msg: HostMessage): void;
  /**
   * The same message already serialised: a broadcast writes its JSON once for the whole room rather than once per
   * page (at 30 pages, the serialisation was most of the host's work per contribution). Absent: `send` is used.
   */
  sendText?(text: string): void;
  close(code: number, reason: string): void;
}

/** Outcomes a participant's page may ask about again after a reconnect: the last ones of each person. */
const REMEMBERED_OUTCOMES = 2_000;

type Outcome = { seq: number } | { code: RefusalCode; message: string };

interface Participant {
  id: string;
  clientId: string;
  name: string;
  team: string | null;
  connections: Set<Connection>;
  bucket: TokenBucket;
  outcomes: Map<string, Outcome>;
}

/**
 * The one authority of a workshop session (docs/workshop-security.md): participants' messages are bounded, rate-limited
 * and parsed; their commands checked against the participant role and applied through the session's store, each client
 * command id once; every applied command — the facilitator's too — goes to every page with its sequence number
 * (the map's revision). Presence lives here only, never in the file.
 */
export class WorkshopHub {
  private readonly store: HubStore;
  private readonly now: () => number;
  private readonly byClient = new Map<string, Participant>();
  private readonly owned = new Map<string, string>();
  private locked = false;
  /** The room's ephemeral state (never in the file): the countdown (the facilitator's one), the followed stage, private mode. */
  private readonly countdown: Countdown;
  private readonly unwatchCountdown: () => void;
  private followStage: string | null = null;
  private privateMode = false;
  /** Page ids of people the facilitator removed: they are not admitted again in this session. */
  private readonly removed = new Set<string>();
  private readonly onApplied: (cmd: Command, revision: number, author: string) => void;
  private readonly onPresence: () => void;
  private readonly voting: VotingDesk;

  constructor(
    store: HubStore,
    opts: {
      now?: () => number;
      /** A participant's command reached the file. */
      onApplied?: (cmd: Command, revision: number, author: string) => void;
      /** Someone joined, left or came back. */
      onPresence?: () => void;
      /** The facilitator's countdown, which lives on after the session; a fresh one when absent. */
      countdown?: Countdown;
    } = {},
  ) {
    this.store = store;
    this.now = opts.now ?? Date.now;
    this.onApplied = opts.onApplied ?? (() => undefined);
    this.onPresence = opts.onPresence ?? (() => undefined);
    this.voting = new VotingDesk({ doc: () => this.store.doc(), now: this.now, close: (cmd) => this.applyAsHost(cmd) });
    this.voting.watch();
    this.countdown = opts.countdown ?? new Countdown(this.now);
    this.unwatchCountdown = this.countdown.watch(() => this.broadcastRoom());
  }

  /** A new WebSocket whose upgrade passed the secret and Origin checks. Returns what its messages and close go to. */
  connect(conn: Connection): { receive(text: string): void; closed(): void } {
    let who: Participant | null = null;
    const bucket = new TokenBucket(WORKSHOP_LIMITS.messagesPerSecond, WORKSHOP_LIMITS.burst, this.now);
    return {
      receive: (text) => {
        if (!(who?.bucket ?? bucket).take()) {
          conn.send({ t: 'error', message: 'Too many messages at once; wait a moment.' });
          return;
        }
        if (Buffer.byteLength(text, 'utf8') > WORKSHOP_LIMITS.maxMessageBytes) {
          conn.close(1009, 'message too large');
          return;
        }
        const breach = findTextBreach(text, undefined, 'this message');
        if (breach !== null) {
          conn.send({ t: 'error', message: breach });
          return;
        }
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          conn.send({ t: 'error', message: 'That message is not JSON.' });
          return;
        }
        const parsed = clientMessageSchema.safeParse(raw);
        if (!parsed.success) {
          conn.send({ t: 'error', message: `That message is not understood: ${parsed.error.issues[0]?.message}` });
          return;
        }
        const msg = parsed.data;
        if (msg.t === 'hello') {
          if (msg.v !== PROTOCOL_VERSION) {
            conn.close(4000, 'Tandem was updated; reload the page.');
            return;
          }
          who = this.join(conn, msg.clientId, msg.name, msg.team?.trim() || null, who);
          return;
        }
        if (!who) {
          conn.send({ t: 'error', message: 'Say hello first.' });
          return;
        }
        if (msg.t === 'ping') conn.send({ t: 'pong' });
        else if (msg.t === 'cmd') this.command(who, conn, msg.id, msg.command);
      },
      closed: () => {
        if (!who) return;
        who.connections.delete(conn);
        this.broadcastPresence();
      },
    };
  }

  /** A command the facilitator applied (through the API): every page applies it in order. */
  facilitatorApplied(command: Command, revision: number): void {
    this.broadcastApplied({ t: 'applied', seq: revision, id: null, author: 'facilitator', command }, null);
    this.voting.watch();
  }

  /** View only for participants, or open again. */
  setLocked(locked: boolean): void {
    this.locked = locked;
    this.broadcastRoom();
  }

  /** The room as pages see it now. */
  room(): RoomState {
    return {
      locked: this.locked,
      timer: this.countdown.view(),
      followStage: this.followStage,
      privateMode: this.privateMode,
    };
  }

  /** Starts, pauses, resumes, extends or clears the shared countdown; every page is told. */
  timerAction(action: TimerAction): void {
    this.countdown.act(action);
  }

  /** Follow me: the stage every following page shows (null: each looks where they like). */
  follow(stageId: string | null): void {
    this.followStage = stageId;
    this.broadcastRoom();
  }

  /** Private mode: new contributions are seen by the facilitator and their author only, until Reveal. */
  setPrivate(on: boolean): void {
    this.privateMode = on;
    this.broadcastRoom();
  }

  /** Every page gets the map again as it may see it (after Reveal, or anything a page cannot follow step by step). */
  resync(): void {
    for (const p of this.byClient.values()) for (const c of p.connections) this.welcome(p, c);
  }

  /**
   * Removes a participant: their pages are closed, and their page id is not admitted again in this session. What they
   * added stays in the map. Returns whether they were here.
   */
  remove(participantId: string): boolean {
    const p = [...this.byClient.values()].find((q) => q.id === participantId);
    if (!p) return false;
    this.removed.add(p.clientId);
    this.byClient.delete(p.clientId);
    for (const c of p.connections) c.close(4001, 'The facilitator removed you from this workshop.');
    this.broadcastPresence();
    return true;
  }

  /**
   * The session's secret changed (after a removal): the pages still in the room learn the new one for their
   * reconnects; a removed person's pages are closed already and never hear it.
   */
  rekey(secret: string): void {
    this.broadcast({ t: 'rekey', secret });
  }

  /** Everyone who joined this session, online or not. */
  people(): PresentPerson[] {
    return [...this.byClient.values()].map((p) => ({
      id: p.id,
      name: p.name,
      team: p.team,
      online: p.connections.size > 0,
    }));
  }

  /** Ends the session for everyone. */
  close(reason: string): void {
    this.voting.stop();
    this.unwatchCountdown();
    for (const p of this.byClient.values()) for (const c of p.connections) c.close(1001, reason);
    this.byClient.clear();
  }

  private join(conn: Connection, clientId: string, name: string, team: string | null, before: Participant | null) {
    if (before) before.connections.delete(conn);
    if (this.removed.has(clientId)) {
      conn.close(4001, 'The facilitator removed you from this workshop.');
      return null;
    }
    let p = this.byClient.get(clientId);
    if (!p) {
      if (this.byClient.size >= WORKSHOP_LIMITS.maxParticipants) {
        conn.close(4003, 'This workshop is full.');
        return null;
      }
      p = {
        id: newId(),
        clientId,
        name,
        team,
        connections: new Set(),
        bucket: new TokenBucket(WORKSHOP_LIMITS.messagesPerSecond, WORKSHOP_LIMITS.burst, this.now),
        outcomes: new Map(),
      };
      this.byClient.set(clientId, p);
    }
    p.name = name;
    p.team = team;
    p.connections.add(conn);
    this.welcome(p, conn);
    this.broadcastPresence();
    return p;
  }

  /** The map as this person may see it, with the room's state. */
  private welcome(p: Participant, conn: Connection): void {
    conn.send({
      t: 'welcome',
      v: PROTOCOL_VERSION,
      participantId: p.id,
      seq: this.store.revision(),
      doc: participantView(this.store.doc(), (entity) => this.owned.get(entity) === p.id),
      locked: this.locked,
      room: this.room(),
    });
    const round = this.store.doc().voteRounds.find((r) => r.closedAt === null);
    if (round) conn.send({ t: 'dots', roundId: round.id, mine: this.voting.mine(round.id, p.id) });
  }

  private command(who: Participant, conn: Connection, id: string, raw: unknown): void {
    const known = who.outcomes.get(id);
    if (known) {
      // A resend after a reconnect: answered as the first time, applied once.
      if ('seq' in known) conn.send({ t: 'applied', seq: known.seq, id, author: who.id, command: null });
      else conn.send({ t: 'refused', id, ...known });
      return;
    }
    const outcome = this.judge(who, raw);
    if ('code' in outcome) {
      this.remember(who, id, outcome);
      conn.send({ t: 'refused', id, ...outcome });
      return;
    }
    const { cmd, revision } = outcome;
    const created = createdBy(cmd);
    if (created) this.owned.set(created, who.id);
    this.remember(who, id, { seq: revision });
    this.onApplied(cmd, revision, who.id);
    // An anonymous round's dot reaches the other pages without its author; its voter alone learns their dots.
    const secret = cmd.type === 'vote/move' && this.voting.anonymous(cmd.roundId);
    this.broadcastApplied(
      { t: 'applied', seq: revision, id, author: secret ? 'anonymous' : who.id, command: cmd },
      who,
    );
    if (cmd.type === 'vote/move') {
      this.voting.applied(cmd, who.id);
      const dots = { t: 'dots' as const, roundId: cmd.roundId, mine: this.voting.mine(cmd.roundId, who.id) };
      for (const c of who.connections) c.send(dots);
    }
  }

  /** A command of the host's own (a voting round whose time is up), applied and sent like the facilitator's. */
  private applyAsHost(cmd: Command): void {
    try {
      const { revision } = this.store.apply(cmd);
      this.onApplied(cmd, revision, 'facilitator');
      this.broadcastApplied({ t: 'applied', seq: revision, id: null, author: 'facilitator', command: cmd }, null);
    } catch (err) {
      // The facilitator closed or removed the round a moment before: nothing is left to do.
      if (!(err instanceof CommandError || err instanceof ApiFailure)) throw err;
    }
    this.voting.watch();
  }

  /** Checks a participant's command (lock, parse, role) and applies it; the refusal in words, or what was applied. */
  private judge(
    who: Participant,
    raw: unknown,
  ): { code: RefusalCode; message: string } | { cmd: Command; revision: number } {
    if (this.locked)
      return { code: 'locked', message: 'The facilitator has locked the map; you can look but not add.' };
    let cmd: Command;
    try {
      cmd = parseCommand(raw);
    } catch (err) {
      return { code: 'invalid', message: err instanceof CommandError ? err.message : 'That change is not understood.' };
    }
    if (cmd.type === 'vote/move') {
      const vote = this.voting.judge(cmd, { id: who.id, name: who.name });
      if ('code' in vote) return vote;
      cmd = vote.cmd;
    }
    const why = participantMayApply(cmd, {
      doc: this.store.doc(),
      owns: (entity) => this.owned.get(entity) === who.id,
      teamId: participantTeam(this.store.doc(), who.team)?.id ?? null,
    });
    if (why !== null) return { code: 'forbidden', message: `Not allowed: ${why}.` };
    // Authorship is the host's word, never the page's: whatever author a page put in is replaced.
    const stamped = withAuthor(cmd, {
      name: who.name,
      team: who.team,
      ...(this.privateMode ? { unrevealed: true } : {}),
    });
    try {
      return { cmd: stamped, revision: this.store.apply(stamped).revision };
    } catch (err) {
      if (err instanceof CommandError || err instanceof ApiFailure) return { code: 'conflict', message: err.message };
      throw err;
    }
  }

  private remember(who: Participant, id: string, outcome: Outcome): void {
    if (who.outcomes.size >= REMEMBERED_OUTCOMES) {
      const oldest = who.outcomes.keys().next();
      if (!oldest.done) who.outcomes.delete(oldest.value);
    }
    who.outcomes.set(id, outcome);
  }

  private broadcast(msg: HostMessage): void {
    let text: string | null = null;
    for (const p of this.byClient.values())
      for (const c of p.connections) {
        if (!c.sendText) {
          c.send(msg);
          continue;
        }
        text = text ?? JSON.stringify(msg);
        c.sendText(text);
      }
  }

  /**
   * An applied command to every page that may see it; a page that may not (private mode: others' hidden work) is told
   * only that the sequence number was taken. The author's own pages always get their command.
   */
  private broadcastApplied(msg: Extract<HostMessage, { t: 'applied' }>, author: Participant | null): void {
    const hidden = unrevealedIds(this.store.doc());
    if (hidden.size === 0) {
      this.broadcast(msg);
      return;
    }
    const command = msg.command as Command;
    let text: string | null = null;
    for (const p of this.byClient.values()) {
      const theirs = (id: string) => this.owned.get(id) === p.id;
      const sees = p === author || !mentionsAny(command, new Set([...hidden].filter((id) => !theirs(id))));
      for (const c of p.connections) {
        if (!sees || !c.sendText) {
          c.send(sees ? msg : { t: 'skip', seq: msg.seq });
          continue;
        }
        text = text ?? JSON.stringify(msg);
        c.sendText(text);
      }
    }
  }

  private broadcastRoom(): void {
    this.broadcast({ t: 'room', room: this.room() });
    this.onPresence();
  }

  private broadcastPresence(): void {
    this.broadcast({ t: 'presence', people: this.people() });
    this.onPresence();
  }
}
