import { applyParsedCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import type { HostMessage, PresentPerson, RoomState } from '../../shared/workshop/protocol';
import type { ConnectionStatus } from './connection';

/** A contribution sent and not yet confirmed by the host: shown as "sending…", sent again after a reconnect. */
export interface Pending {
  id: string;
  command: Command;
}

/** Everything the participant page knows about the room. */
export interface Room {
  status: ConnectionStatus;
  endedReason: string | null;
  /** Why the host closed the page for good (1001 the workshop ended, 4001 the facilitator removed this person). */
  endedCode: number | null;
  participantId: string | null;
  doc: TandemDoc | null;
  /** The host's sequence number of the last command in `doc`. */
  seq: number;
  locked: boolean;
  /** The facilitator's settings for the room: timer, followed stage, private mode (and the lock again). */
  settings: RoomState;
  /** When the room's timer state arrived, on this page's clock: the countdown runs from here. */
  settingsAt: number;
  people: PresentPerson[];
  pending: Pending[];
  /** Entities this person added, which they may change or withdraw. */
  mine: string[];
  /** The last thing the host refused or said, in words. */
  notice: string | null;
  /** Set when the notice is the lock's refusal, which the page says in its own language. */
  noticeLocked: boolean;
  /** Set when the page missed a command and must ask for the whole map again. */
  stale: boolean;
  /** This person's own dots per item in the open voting round, as the host counts them. */
  dots: { roundId: string; mine: Record<string, number> } | null;
}

export const emptyRoom: Room = {
  status: 'connecting',
  endedReason: null,
  endedCode: null,
  participantId: null,
  doc: null,
  seq: 0,
  locked: false,
  settings: { locked: false, timer: null, followStage: null, privateMode: false },
  settingsAt: 0,
  people: [],
  pending: [],
  mine: [],
  notice: null,
  noticeLocked: false,
  stale: false,
  dots: null,
};

export type RoomEvent =
  | { kind: 'host'; msg: HostMessage; at?: number }
  | { kind: 'status'; status: ConnectionStatus; reason?: string; code?: number }
  | { kind: 'sent'; pending: Pending; creates: string | null }
  | { kind: 'dismiss' };

/** The page's state after one event: the host's messages are the truth; nothing is applied before it confirms. */
export function roomReducer(room: Room, event: RoomEvent): Room {
  switch (event.kind) {
    case 'status':
      return {
        ...room,
        status: event.status,
        endedReason: event.reason ?? room.endedReason,
        endedCode: event.code ?? room.endedCode,
      };
    case 'sent':
      return {
        ...room,
        pending: [...room.pending, event.pending],
        mine: event.creates ? [...room.mine, event.creates] : room.mine,
      };
    case 'dismiss':
      return { ...room, notice: null, noticeLocked: false };
    case 'host':
      return fromHost(room, event.msg, event.at ?? 0);
  }
}

function fromHost(room: Room, msg: HostMessage, at: number): Room {
  switch (msg.t) {
    case 'welcome':
      return {
        ...room,
        participantId: msg.participantId,
        doc: msg.doc as TandemDoc,
        seq: msg.seq,
        locked: msg.locked,
        ...(msg.room ? { settings: msg.room, settingsAt: at } : {}),
        stale: false,
      };
    case 'room':
      return { ...room, locked: msg.room.locked, settings: msg.room, settingsAt: at };
    case 'skip':
      // Something this page may not see yet (private mode) took this number: move on without it.
      if (msg.seq <= room.seq) return room;
      return msg.seq === room.seq + 1 ? { ...room, seq: msg.seq } : { ...room, stale: true };
    case 'applied': {
      const pending = msg.id === null ? room.pending : room.pending.filter((p) => p.id !== msg.id);
      if (msg.command === null || room.doc === null || msg.seq <= room.seq) return { ...room, pending };
      if (msg.seq !== room.seq + 1) return { ...room, pending, stale: true };
      try {
        const doc = applyParsedCommand(room.doc, msg.command as Command).doc;
        return { ...room, pending, doc, seq: msg.seq };
      } catch {
        return { ...room, pending, stale: true };
      }
    }
    case 'refused': {
      const refused = room.pending.find((p) => p.id === msg.id);
      const created = refused ? createdId(refused.command) : null;
      return {
        ...room,
        pending: room.pending.filter((p) => p.id !== msg.id),
        mine: created ? room.mine.filter((m) => m !== created) : room.mine,
        notice: msg.message,
        noticeLocked: msg.code === 'locked',
      };
    }
    case 'presence':
      return { ...room, people: msg.people };
    case 'dots':
      return { ...room, dots: { roundId: msg.roundId, mine: msg.mine } };
    case 'error':
      return { ...room, notice: msg.message, noticeLocked: false };
    case 'rekey':
    case 'pong':
      return room;
  }
}

/** The id of what a command creates, if anything. */
export function createdId(cmd: Command): string | null {
  if (cmd.type === 'painPoint/add') return cmd.painPoint.id;
  if (cmd.type === 'card/add') return cmd.card.id;
  if (cmd.type === 'note/add') return cmd.note.id;
  return null;
}
