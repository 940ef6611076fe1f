import { CALL_NAMES, events, type EventName, type TandemApi } from '../../shared/api/contract';
import type { TandemBridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/result';

/** Channels shared with electron/main/ipc.ts (kept as literals: the preload bundle must not pull in main). */
export const CALL_CHANNEL = 'tandem:call';
export const EVENT_CHANNEL = 'tandem:event';

/** The slice of ipcRenderer the bridge uses. Only these three calls; the object itself is never exposed. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.tandem`: one method per contract call (generated from CALL_NAMES, never listed by hand)
 * and `onEvent`. A method never rejects: a broken channel becomes an `internal` error envelope.
 */
export function createBridge(ipc: BridgeIpc): TandemBridge {
  const calls: Record<string, (args: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const name of CALL_NAMES) {
    calls[name] = async (args: unknown) => {
      try {
        return (await ipc.invoke(CALL_CHANNEL, name, args ?? {})) as ApiResult<unknown>;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return { ok: false, error: { code: 'internal', message } };
      }
    };
  }
  const onEvent = (name: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!Object.hasOwn(events, name)) throw new Error(`unknown event "${String(name)}"`);
    if (typeof listener !== 'function') throw new Error('onEvent needs a listener function');
    // The IPC event object is dropped: the renderer must never see `sender` or any Electron handle.
    const relay = (_event: unknown, eventName: unknown, payload: unknown): void => {
      if (eventName === name) listener(payload);
    };
    ipc.on(EVENT_CHANNEL, relay as (event: unknown, ...args: unknown[]) => void);
    return () => {
      ipc.removeListener(EVENT_CHANNEL, relay as (event: unknown, ...args: unknown[]) => void);
    };
  };
  return { ...(calls as TandemApi), onEvent: onEvent as TandemBridge['onEvent'] };
}
