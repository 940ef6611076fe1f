import {
  CALL_NAMES,
  contract,
  type CallName,
  type EventName,
  type EventPayload,
  type TandemApi,
} from '../../shared/api/contract';
import type { TandemBridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/result';
import { describeIssues } from '../../shared/commands/entity';
import { createEventStream, postCall } from './browserTransport';

/** The renderer's one way to talk to the host: every contract call, plus host events. */
export type TandemClient = TandemBridge;

type RawCall = (name: CallName, args: unknown) => Promise<ApiResult<unknown>>;
type Subscribe = <N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void) => () => void;

/**
 * Builds the client from a raw transport. Results are checked against the contract here, so a host that
 * answers with the wrong shape gives a clear error instead of a crash deep in the UI.
 */
export function clientFrom(raw: RawCall, onEvent: Subscribe): TandemClient {
  const api = {} as Record<CallName, (args: unknown) => Promise<ApiResult<unknown>>>;
  for (const name of CALL_NAMES) {
    api[name] = async (args: unknown) => {
      let result: ApiResult<unknown>;
      try {
        result = await raw(name, args);
      } catch (err) {
        return {
          ok: false,
          error: { code: 'io', message: `${name}: ${err instanceof Error ? err.message : String(err)}` },
        };
      }
      if (!result.ok) return result;
      const parsed = contract[name].result.safeParse(result.data);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `${name}: the host answered with data that does not fit the contract (${describeIssues(parsed.error)})`,
          },
        };
      }
      return { ok: true, data: parsed.data };
    };
  }
  return { ...(api as unknown as TandemApi), onEvent };
}

/** The Electron preload bridge when there is one (`window.tandem`), otherwise the browser host over HTTP. */
export function createApiClient(win: Window & { tandem?: TandemBridge } = window): TandemClient {
  const bridge = win.tandem;
  if (bridge) {
    return clientFrom(
      (name, args) => (bridge[name] as (a: unknown) => Promise<ApiResult<unknown>>)(args),
      (name, l) => bridge.onEvent(name, l),
    );
  }
  const stream = createEventStream();
  return clientFrom(
    (name, args) => postCall(name, args),
    (name, l) => stream.on(name, l),
  );
}
