import type { ApiImplementation } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import type { Command } from '../../shared/commands/types';
import { revealCommand, unrevealedIds } from '../../shared/workshop/privacy';
import type { DocumentStore } from '../services/documentStore';
import type { WorkshopHub } from './hub';

export type RoomCallName =
  | 'workshop/lock'
  | 'workshop/remove'
  | 'workshop/timer'
  | 'workshop/follow'
  | 'workshop/private'
  | 'workshop/reveal';

/**
 * The facilitator's controls of a running room: lock, remove a participant, the countdown, Follow me, private mode
 * and Reveal. Each answers with the workshop's status; all but Reveal are ephemeral (the hub's, never the file's).
 */
export function roomControls(ctx: {
  /** The running session's hub; throws when none runs. */
  hub: () => WorkshopHub;
  store: () => DocumentStore;
  status: () => ReturnType<ApiImplementation['workshop/status']>;
  /** Tells the facilitator's windows the room changed. */
  changed: () => void;
  /** A command the host applied for the facilitator (Reveal): windows apply it and keep their undo steps. */
  applied: (command: Command, revision: number) => void;
  beforeEdit: () => void;
  /** A new join secret and code for the session, so a removed person's link and code open nothing (optional in tests). */
  rotate?: () => void;
}): Pick<ApiImplementation, RoomCallName> {
  const then = <T>(act: (hub: WorkshopHub) => T) => {
    act(ctx.hub());
    ctx.changed();
    return ctx.status();
  };
  return {
    'workshop/lock': ({ locked }) => then((hub) => hub.setLocked(locked)),
    'workshop/remove': ({ participantId }) =>
      then((hub) => {
        if (!hub.remove(participantId)) throw new ApiFailure('not_found', 'That participant is no longer here.');
        // The removed person still has the link and the code: both are replaced, and the status shows the new ones.
        ctx.rotate?.();
      }),
    'workshop/timer': (action) =>
      then((hub) => {
        if (action.action !== 'start' && action.action !== 'clear' && hub.room().timer === null)
          throw new ApiFailure('conflict', 'Start the timer first.');
        hub.timerAction(action);
      }),
    'workshop/follow': ({ stageId }) =>
      then((hub) => {
        if (stageId !== null && !ctx.store().doc.stages.some((s) => s.id === stageId))
          throw new ApiFailure('not_found', 'That stage is no longer on the map.');
        hub.follow(stageId);
      }),
    'workshop/private': ({ on }) => then((hub) => hub.setPrivate(on)),
    'workshop/reveal': () => {
      const hub = ctx.hub();
      const store = ctx.store();
      const count = unrevealedIds(store.doc).size;
      const command = revealCommand(store.doc);
      if (!command) return { revealed: 0, revision: store.revision };
      ctx.beforeEdit();
      const { revision } = store.applyParsed(command);
      ctx.applied(command, revision);
      // Others' pages never had the hidden contributions: they get the whole map again, now with everything.
      hub.resync();
      ctx.changed();
      return { revealed: count, revision };
    },
  };
}
