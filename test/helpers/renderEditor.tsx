import type { Command } from '../../shared/commands/types';
import type { ReactElement } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { render, type RenderResult } from '@testing-library/react';
import {
  CALL_NAMES,
  type CallArgs,
  type CallName,
  type EventName,
  type EventPayload,
  type OpenedMap,
} from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import { applyCommand } from '../../shared/commands/apply';
import { Countdown } from '../../electron/workshop/countdown';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';
import type { TandemClient } from '../../renderer/api/client';
import { createEditorStore, type EditorStore } from '../../renderer/store/editorStore';
import { EditorStoreProvider } from '../../renderer/store/EditorStoreProvider';
import { Canvas } from '../../renderer/canvas/Canvas';
import { useShortcuts } from '../../renderer/shell/useShortcuts';

type Listener = (payload: unknown) => void;

/** A stand-in for the host at the network boundary: it keeps its own copy of the map and records every call. */
export interface FakeHost {
  client: TandemClient;
  calls: { name: CallName; args: unknown }[];
  /** The host's copy of the map and revision. */
  readonly doc: TandemDoc;
  readonly revision: number;
  /** The next `map/apply` answers with this error instead of committing. */
  refuseNextApply(error: ApiError): void;
  /** False: every `map/apply` fails as when the host has stopped (an `io` error) until set true again. */
  setReachable(reachable: boolean): void;
  /** Holds `map/apply` answers until `release()` is called, to observe commands in flight. */
  hold(): void;
  release(): void;
  /** Pushes a host event to the subscribers. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  /** A command made elsewhere (a participant, another window): committed here and announced as the host does. */
  applyElsewhere(command: Command, author?: string): void;
}

/** A fake host serving `opened`; `map/apply` really applies commands, so `map/current` tells the truth. */
export function createFakeHost(opened: OpenedMap): FakeHost {
  let doc = opened.doc;
  let revision = opened.revision;
  let refusal: ApiError | null = null;
  let down = false;
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  const calls: FakeHost['calls'] = [];
  // The facilitator's countdown is the host's own one: its real logic, the fake host's clock.
  const countdown = new Countdown();
  const listeners = new Map<EventName, Set<Listener>>();
  const ok = <T,>(data: T): ApiResult<T> => ({ ok: true, data });
  const unsupported = async () => ({
    ok: false as const,
    error: { code: 'unsupported' as const, message: 'not in the fake host' },
  });

  const handlers: Partial<Record<CallName, (args: unknown) => Promise<ApiResult<unknown>>>> = {
    'map/current': async () => ok({ doc, revision, path: opened.path }),
    'map/apply': async (raw) => {
      const args = raw as CallArgs<'map/apply'>;
      if (gate) await gate;
      if (down)
        return {
          ok: false,
          error: { code: 'io', message: 'Tandem could not reach its host (Failed to fetch). Is it still running?' },
        };
      if (refusal) {
        const error = refusal;
        refusal = null;
        return { ok: false, error };
      }
      // As the session: a window that names itself follows map/applied, so its command goes on top of the rest.
      const rebases = args.origin !== undefined && args.baseRevision <= revision;
      if (args.baseRevision !== revision && !rebases)
        return { ok: false, error: { code: 'stale', message: `stale: host at ${revision}` } };
      doc = applyCommand(doc, args.command).doc;
      revision += 1;
      return ok({ revision });
    },
    'app/info': async () => ok({ version: 'test', host: 'browser', platform: 'test' }),
    'timer/status': async () => ok({ timer: countdown.view() }),
    'timer/act': async (raw) => {
      const action = raw as CallArgs<'timer/act'>;
      if (action.action !== 'start' && action.action !== 'clear' && !countdown.exists)
        return { ok: false, error: { code: 'conflict', message: 'Start the timer first.' } };
      countdown.act(action);
      return ok({ timer: countdown.view() });
    },
  };
  const client = {} as Record<string, unknown>;
  for (const name of CALL_NAMES) {
    client[name] = async (args: unknown) => {
      calls.push({ name, args });
      return (handlers[name] ?? unsupported)(args);
    };
  }
  client.onEvent = (name: EventName, l: Listener) => {
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    set.add(l);
    return () => set.delete(l);
  };
  return {
    client: client as unknown as TandemClient,
    calls,
    get doc() {
      return doc;
    },
    get revision() {
      return revision;
    },
    refuseNextApply(error) {
      refusal = error;
    },
    setReachable(reachable) {
      down = !reachable;
    },
    hold() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
    emit(name, payload) {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
    applyElsewhere(command, author = 'participant-1') {
      doc = applyCommand(doc, command).doc;
      revision += 1;
      for (const l of listeners.get('map/applied') ?? []) l({ revision, command, origin: null, author });
      for (const l of listeners.get('map/changed') ?? []) l({ revision });
    },
  };
}

/** The sample map as the host would hand it over. */
export function sampleOpened(): OpenedMap {
  return {
    doc: createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')),
    revision: 0,
    path: '/maps/Sample map.tandem',
  };
}

/**
 * Renders `ui` with a fresh editor store over a fake host; returns both for the test to drive and inspect.
 * `ui` may be a function of the host, for components that take the client (such as the whole Editor).
 */
export function renderEditor(
  ui: ReactElement | ((host: FakeHost) => ReactElement),
  opened: OpenedMap = sampleOpened(),
): RenderResult & { store: EditorStore; host: FakeHost } {
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  const result = render(
    <EditorStoreProvider store={store}>{typeof ui === 'function' ? ui(host) : ui}</EditorStoreProvider>,
  );
  return { ...result, store, host };
}

/** The canvas in a 1600 × 1000 box (React Flow draws nothing in a box without a size), for renderEditor. */
/** The window's one keyboard dispatcher, for tests that render a part of the editor and press keys. */
export function WindowKeys() {
  useShortcuts();
  return null;
}

export function SizedCanvas() {
  return (
    <div style={{ width: 1600, height: 1000 }}>
      <ReactFlowProvider>
        <WindowKeys />
        <Canvas />
      </ReactFlowProvider>
    </div>
  );
}
