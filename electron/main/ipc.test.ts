import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../services/session';
import {
  CALL_CHANNEL,
  EVENT_CHANNEL,
  createEmitter,
  handleCall,
  isTrustedSender,
  registerIpc,
  type SenderInfo,
} from './ipc';
import { FakeFrame, FakeWebContents } from './testing/fakes';

let dir: string;
let session: Session;
let window: FakeWebContents;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-ipc-'));
  session = createSession({ host: 'electron', version: '9.9.9', dataDir: dir });
  window = new FakeWebContents();
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An invoke event as Electron would build it for `frame` inside `sender`. */
const eventFrom = (sender: FakeWebContents, frame: FakeFrame | null): SenderInfo =>
  ({ sender, senderFrame: frame }) as unknown as SenderInfo;
const deps = () => ({ api: session.api, windowContents: () => window.asContents() });

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing the app', () => {
    expect(isTrustedSender(eventFrom(window, window.mainFrame), window.asContents())).toBe(true);
  });

  it('refuses a frame showing another origin', () => {
    window.mainFrame.url = 'https://example.com/';
    expect(isTrustedSender(eventFrom(window, window.mainFrame), window.asContents())).toBe(false);
  });

  it('refuses a subframe, even one on the app origin', () => {
    const sub = new FakeFrame(undefined, 1, 7);
    sub.parent = window.mainFrame;
    expect(isTrustedSender(eventFrom(window, sub), window.asContents())).toBe(false);
  });

  it('refuses another webContents and a vanished frame', () => {
    const other = new FakeWebContents();
    expect(isTrustedSender(eventFrom(other, other.mainFrame), window.asContents())).toBe(false);
    expect(isTrustedSender(eventFrom(window, null), window.asContents())).toBe(false);
    expect(isTrustedSender(eventFrom(window, window.mainFrame), null)).toBe(false);
  });
});

describe('handleCall', () => {
  it('answers a trusted call through the contract', async () => {
    const result = await handleCall(eventFrom(window, window.mainFrame), 'app/info', {}, deps());
    expect(result).toEqual({
      ok: true,
      data: { version: '9.9.9', host: 'electron', platform: process.platform, locale: null },
    });
  });

  it('refuses a call from a wrong sender with an unauthorized envelope', async () => {
    window.mainFrame.url = 'https://evil.example/';
    const result = await handleCall(eventFrom(window, window.mainFrame), 'app/info', {}, deps());
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers invalid arguments with invalid_arguments instead of throwing', async () => {
    const result = await handleCall(eventFrom(window, window.mainFrame), 'map/open', { path: 42 }, deps());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('answers an unknown or non-string call name with invalid_arguments', async () => {
    const trusted = eventFrom(window, window.mainFrame);
    expect(await handleCall(trusted, 'fs/readFile', {}, deps())).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(await handleCall(trusted, { evil: true }, {}, deps())).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
  });

  it('turns a service failure into its error envelope', async () => {
    const result = await handleCall(eventFrom(window, window.mainFrame), 'map/current', {}, deps());
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('registerIpc', () => {
  it('installs one handler on the call channel and removes it again', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) =>
        void handlers.set(channel, fn),
      removeHandler: (channel: string) => void handlers.delete(channel),
    };
    const dispose = registerIpc(ipcMain, deps());
    expect([...handlers.keys()]).toEqual([CALL_CHANNEL]);
    const answer = await handlers.get(CALL_CHANNEL)?.(
      eventFrom(window, window.mainFrame) as IpcMainInvokeEvent,
      'templates/list',
      {},
    );
    expect(answer).toMatchObject({ ok: true });
    dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('createEmitter', () => {
  it('pushes events to the window on the event channel, and drops them when the window is gone', () => {
    let current: FakeWebContents | null = window;
    const emit = createEmitter(() => current?.asContents() ?? null);
    emit('map/changed', { revision: 3 });
    expect(window.sent).toEqual([[EVENT_CHANNEL, 'map/changed', { revision: 3 }]]);
    window.destroyed = true;
    emit('map/changed', { revision: 4 });
    current = null;
    emit('map/changed', { revision: 5 });
    expect(window.sent).toHaveLength(1);
  });
});
