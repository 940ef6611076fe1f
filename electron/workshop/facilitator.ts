import type { NetworkInterfaceInfo } from 'node:os';
import type { ApiImplementation, EventName } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import type { Command } from '../../shared/commands/types';
import type { DocumentStore } from '../services/documentStore';
import { Countdown } from './countdown';
import { WorkshopHub } from './hub';
import { listenAddresses, preferredAddress } from './interfaces';
import { roomControls, type RoomCallName } from './roomControls';
import { startWorkshopServer, type WorkshopServer } from './server';

type WorkshopCalls = Pick<
  ApiImplementation,
  | 'workshop/addresses'
  | 'workshop/start'
  | 'workshop/stop'
  | 'workshop/status'
  | RoomCallName
  | 'timer/act'
  | 'timer/status'
>;

/** What the facilitator's side of a workshop needs from the session. */
export interface WorkshopContext {
  need: () => DocumentStore;
  emit: (event: EventName, payload: unknown) => void;
  /** The participant page's build; absent where the host has none (a workshop then cannot start). */
  pageDir?: string;
  /** The operating system's interface list (tests give a faked one). */
  interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** A participant's command is about to reach the file: the session keeps the map as it was, if no version has it. */
  beforeParticipantEdit: () => void;
  /** A participant's command reached the file: the session counts it as an edit (automatic versions). */
  onParticipantEdit: () => void;
  /** The session ended: the session keeps a version of the map as the room left it. */
  onEnded: () => void;
}

/**
 * The facilitator's calls for a live workshop: which addresses the computer has, start a session on one (nothing
 * listens before), who is here, end it. One session at a time, on the map open now; it ends when the map is closed.
 */
export function workshopApi(ctx: WorkshopContext): {
  api: WorkshopCalls;
  /** Tells participants' pages about a command the facilitator applied. */
  facilitatorApplied(cmd: Command, revision: number): void;
  /** Ends the session, if one runs (the map is closing, the app quitting). */
  stop(): Promise<void>;
} {
  let running: { server: WorkshopServer; hub: WorkshopHub; address: string; path: string } | null = null;
  // The facilitator's countdown outlives workshops: the editor shows it with or without a room listening.
  const countdown = new Countdown();
  countdown.watch(() => ctx.emit('timer/changed', { timer: countdown.view() }));
  const addresses = () => listenAddresses(ctx.interfaces?.());
  const status = () =>
    running
      ? {
          running: true as const,
          address: running.address,
          joinUrl: running.server.joinUrl,
          code: running.server.code,
          people: running.hub.people(),
          room: running.hub.room(),
        }
      : { running: false as const };
  const stop = async () => {
    const r = running;
    if (!r) return;
    running = null;
    await r.server.close();
    ctx.onEnded();
    ctx.emit('workshop/changed', {});
  };
  return {
    api: {
      'workshop/addresses': () => {
        const list = addresses();
        return { addresses: list, preferred: preferredAddress(list)?.address ?? null };
      },
      'workshop/start': async ({ address, port }) => {
        const store = ctx.need();
        if (running) throw new ApiFailure('conflict', 'A workshop is already running; end it first.');
        if (!ctx.pageDir) throw new ApiFailure('unsupported', 'This build of Tandem has no participant page.');
        // Only an address of this computer, from the list the facilitator chose from.
        if (!addresses().some((a) => a.address === address.toLowerCase()))
          throw new ApiFailure('invalid', `${address} is not an address of this computer.`);
        const hub = new WorkshopHub(
          {
            doc: () => store.doc,
            revision: () => store.revision,
            apply: (cmd) => {
              ctx.beforeParticipantEdit();
              return store.applyParsed(cmd);
            },
          },
          {
            onApplied: (command, revision, author) => {
              ctx.onParticipantEdit();
              ctx.emit('map/applied', { revision, command, origin: null, author });
              ctx.emit('map/changed', { revision });
            },
            onPresence: () => ctx.emit('workshop/changed', {}),
            countdown,
          },
        );
        let server: WorkshopServer;
        try {
          server = await startWorkshopServer({ address: address.toLowerCase(), port, hub, pageDir: ctx.pageDir });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE')
            throw new ApiFailure('conflict', `Port ${port} is in use; choose another or leave it empty.`);
          if (code === 'EADDRNOTAVAIL')
            throw new ApiFailure('invalid', `${address} is no longer an address of this computer.`);
          throw err;
        }
        running = { server, hub, address, path: store.path };
        ctx.emit('workshop/changed', {});
        return status();
      },
      'workshop/stop': async () => {
        const was = running !== null;
        await stop();
        return { stopped: was };
      },
      'workshop/status': () => status(),
      'timer/status': () => ({ timer: countdown.view() }),
      'timer/act': (action) => {
        if (action.action !== 'start' && action.action !== 'clear' && !countdown.exists)
          throw new ApiFailure('conflict', 'Start the timer first.');
        countdown.act(action);
        return { timer: countdown.view() };
      },
      ...roomControls({
        hub: () => {
          if (!running) throw new ApiFailure('conflict', 'No workshop is running; invite participants first.');
          return running.hub;
        },
        store: () => ctx.need(),
        status: () => status(),
        changed: () => ctx.emit('workshop/changed', {}),
        applied: (command, revision) => {
          ctx.onParticipantEdit();
          ctx.emit('map/applied', { revision, command, origin: null, author: 'facilitator' });
          ctx.emit('map/changed', { revision });
        },
        beforeEdit: () => ctx.beforeParticipantEdit(),
        rotate: () => running?.server.rotate(),
      }),
    },
    facilitatorApplied: (cmd, revision) => running?.hub.facilitatorApplied(cmd, revision),
    stop,
  };
}
