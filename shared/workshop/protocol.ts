import { z } from 'zod';
import { idSchema } from '../schema/common';

/** Version of the participant protocol; a page of another version is told to reload. */
export const PROTOCOL_VERSION = 1;

/**
 * Limits of one participant's traffic, checked before a message is parsed: a message is one small edit (a pain
 * point with its evidence is under 25 kB); a person taps at most a few times a second, a reconnect resends a burst.
 */
export const WORKSHOP_LIMITS = {
  maxMessageBytes: 64 * 1024,
  /** Messages a participant may send per second, sustained, and in one burst. */
  messagesPerSecond: 10,
  burst: 40,
  /** People in one session: the room of 30 with headroom for phones that rejoin as new tabs. */
  maxParticipants: 150,
  /** A display name and a team name. */
  maxName: 40,
  maxTeam: 80,
} as const;

/** An id a client makes for itself or for one of its commands: the host applies each command id once. */
export const clientIdSchema = z
  .string()
  .min(8, 'an id of at least 8 characters is needed')
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id may contain only letters, digits, "_" and "-"');

const displayName = z
  .string()
  .max(WORKSHOP_LIMITS.maxName * 4)
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'a display name is needed')
      .max(WORKSHOP_LIMITS.maxName, `a display name has at most ${WORKSHOP_LIMITS.maxName} characters`),
  );

/** What a participant's page sends. */
export const clientMessageSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('hello'),
    v: z.number().int(),
    /** Kept by the page across reloads and reconnects: the same person comes back as the same participant. */
    clientId: clientIdSchema,
    name: displayName,
    team: z.string().max(WORKSHOP_LIMITS.maxTeam).optional(),
  }),
  /** One edit, named by the client so a resend after a reconnect is applied once. The host checks it by role. */
  z.object({ t: z.literal('cmd'), id: clientIdSchema, command: z.unknown() }),
  /** Where the participant is looking, and whether they follow the facilitator. Never written to the map. */
  z.object({ t: z.literal('presence'), stageId: idSchema.nullable(), following: z.boolean() }),
  z.object({ t: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Why the host refused a command: the page shows the message and drops the command it had applied. */
export const refusalCodeSchema = z.enum(['forbidden', 'invalid', 'locked', 'rate', 'conflict']);
export type RefusalCode = z.infer<typeof refusalCodeSchema>;

/** One person in the room as everyone sees them. */
export interface PresentPerson {
  id: string;
  name: string;
  team: string | null;
  online: boolean;
}

/** The shared countdown as a page should show it: remaining time when sent, so clocks of phones need not agree. */
export interface TimerView {
  running: boolean;
  remainingMs: number;
  durationMs: number;
}

/** What the facilitator sets for the whole room (shared/workshop/room.ts). Ephemeral: never written to the map. */
export interface RoomState {
  /** View only for participants. */
  locked: boolean;
  timer: TimerView | null;
  /** The stage the facilitator is showing; pages that follow show it too. */
  followStage: string | null;
  /** New contributions are seen only by the facilitator (and their author) until Reveal. */
  privateMode: boolean;
}

/** What the host sends to a participant's page (the document and commands are checked by the host already). */
export type HostMessage =
  | { t: 'welcome'; v: number; participantId: string; seq: number; doc: unknown; locked: boolean; room?: RoomState }
  /** The room's state changed (lock, timer, followed stage, private mode). */
  | { t: 'room'; room: RoomState }
  /** A command this page may not see (private mode) took sequence number `seq`: the page moves on without it. */
  | { t: 'skip'; seq: number }
  | { t: 'applied'; seq: number; id: string | null; author: string; command: unknown }
  | { t: 'refused'; id: string; code: RefusalCode; message: string }
  | { t: 'presence'; people: PresentPerson[] }
  /** This participant's own dots per item in a voting round (sent to them alone: an anonymous round's are secret). */
  | { t: 'dots'; roundId: string; mine: Record<string, number> }
  | { t: 'error'; message: string }
  /** The session's secret was changed (someone was removed): reconnect with this one; the old link opens nothing. */
  | { t: 'rekey'; secret: string }
  | { t: 'pong' };
