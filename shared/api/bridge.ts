import type { EventName, EventPayload, TandemApi } from './contract';

/**
 * What the Electron preload exposes as `window.tandem`: one method per contract call, plus a subscription
 * to host events. A pure type (no runtime code) so the preload and the renderer can both import it.
 */
export type TandemBridge = TandemApi & {
  /** Calls `listener` for every `name` event the host pushes; returns the unsubscribe function. */
  onEvent<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
};

/** The name under which the preload exposes the bridge on `window`. */
export type TandemBridgeKey = 'tandem';
