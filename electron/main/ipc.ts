import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiImplementation, EventName } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { boundsForIpc, findValueBreach } from '../../shared/bounds';
import { isAppUrl } from './security';

/** The one invoke channel: `(name, args)` → result envelope. The preload is the only caller. */
export const CALL_CHANNEL = 'tandem:call';
/** Host → renderer pushes: `(name, payload)` for every entry of `contract.events`. */
export const EVENT_CHANNEL = 'tandem:event';

/** The parts of an invoke event the sender check reads. */
export type SenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * True only when the call comes from the main frame of our window, showing our bundled renderer. A
 * subframe, another window, or a page that somehow navigated elsewhere is refused.
 */
export function isTrustedSender(event: SenderInfo, windowContents: WebContents | null): boolean {
  if (!windowContents || windowContents.isDestroyed()) return false;
  if (event.sender !== windowContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = windowContents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

/**
 * Answers one call: refuses untrusted senders and arguments past Tandem's limits (counted before the contract
 * parses anything), then lets the contract parse and run it. Never throws.
 */
export async function handleCall(
  event: SenderInfo,
  name: unknown,
  args: unknown,
  deps: { api: ApiImplementation; windowContents: () => WebContents | null },
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event, deps.windowContents())) {
    return { ok: false, error: { code: 'unauthorized', message: 'this call did not come from the Tandem window' } };
  }
  if (typeof name !== 'string') {
    return { ok: false, error: { code: 'invalid_arguments', message: 'the call name must be a string' } };
  }
  const breach = findValueBreach(args, boundsForIpc(name), 'this message');
  if (breach !== null) return { ok: false, error: { code: 'invalid_arguments', message: `${name}: ${breach}` } };
  return dispatch(deps.api, name, args);
}

/** Installs the call handler; returns a function that removes it. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: { api: ApiImplementation; windowContents: () => WebContents | null },
): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, args: unknown) => handleCall(event, name, args, deps));
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Where a call from one page goes: the API of the window showing it, and that window's webContents. */
export type CallRoute = (sender: unknown) => { api: ApiImplementation; windowContents: WebContents } | undefined;

/**
 * Installs the call handler for many windows, each with its own API (one map each): a call goes to the window whose
 * page sent it, and is refused, as any untrusted sender is, when no window shows that page. Returns the remover.
 */
export function registerWindowsIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, route: CallRoute): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, args: unknown) => {
    const target = route(event.sender);
    if (!target) return UNKNOWN_SENDER;
    return handleCall(event, name, args, { api: target.api, windowContents: () => target.windowContents });
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

const UNKNOWN_SENDER: ApiResult<unknown> = {
  ok: false,
  error: { code: 'unauthorized', message: 'this call did not come from a Tandem window' },
};

/** Builds the `emit` the session uses to push contract events to the window (dropped while no window). */
export function createEmitter(windowContents: () => WebContents | null): (event: EventName, payload: unknown) => void {
  return (event, payload) => {
    const contents = windowContents();
    if (!contents || contents.isDestroyed()) return;
    contents.send(EVENT_CHANNEL, event, payload);
  };
}
