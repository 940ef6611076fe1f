import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/api/contract';
import type { TandemBridge } from '../../shared/api/bridge';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: null })),
      on: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(fn);
      }),
      removeListener: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(fn);
      }),
      send: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

await import('./index');
const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, TandemBridge];

/** Delivers a host event the way ipcRenderer would. */
function push(name: string, payload: unknown): void {
  for (const fn of electron.listeners.get('tandem:event') ?? []) fn({ sender: 'ipc event object' }, name, payload);
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('the preload bridge', () => {
  it('is exposed once, as window.tandem', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(key).toBe('tandem');
  });

  it('has exactly one method per contract entry, plus onEvent, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
  });

  it('sends each call on the one call channel with its name and arguments', async () => {
    await bridge['map/open']({ path: '/maps/a.tandem' });
    await bridge['app/info']({});
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['tandem:call', 'map/open', { path: '/maps/a.tandem' }],
      ['tandem:call', 'app/info', {}],
    ]);
  });

  it('turns a broken channel into an internal error envelope instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('channel closed'));
    await expect(bridge['app/info']({})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'channel closed' },
    });
  });

  it('delivers only the subscribed event, without the IPC event object, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const off = bridge.onEvent('map/changed', (...args: unknown[]) => seen.push(args));
    push('map/changed', { revision: 2 });
    push('menu/action', { action: 'undo' });
    off();
    push('map/changed', { revision: 3 });
    expect(seen).toEqual([[{ revision: 2 }]]);
  });

  it('refuses to subscribe to an event the contract does not declare', () => {
    expect(() => bridge.onEvent('nope' as 'map/changed', () => undefined)).toThrow(/unknown event/);
  });
});
