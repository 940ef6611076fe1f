import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '../../shared/api/updateSchemas';
import { UpdateService, type UpdaterLike } from './updates';

/** An updater that answers as a release feed would: `latest` is the newest version published. */
function fakeUpdater(latest: string, current = '1.0.0') {
  const listeners = new Map<string, (arg: never) => void>();
  const calls: string[] = [];
  const updater: UpdaterLike & { emit(event: string, arg: unknown): void } = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    async checkForUpdates() {
      calls.push('check');
      return { isUpdateAvailable: latest !== current, updateInfo: { version: latest } };
    },
    async downloadUpdate() {
      calls.push('download');
      updater.emit('download-progress', { percent: 41.6 });
      updater.emit('update-downloaded', { version: latest });
      return [];
    },
    quitAndInstall() {
      calls.push('install');
    },
    on(event: string, listener: (arg: never) => void) {
      listeners.set(event, listener);
      return updater;
    },
    emit(event, arg) {
      listeners.get(event)?.(arg as never);
    },
  };
  return { updater, calls };
}

function service(updater: UpdaterLike, over: Partial<ConstructorParameters<typeof UpdateService>[0]> = {}) {
  return new UpdateService({
    isPackaged: true,
    hasFeed: true,
    load: async () => updater,
    automatic: () => false,
    ...over,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the update check', () => {
  it('finds a newer release only when asked, downloads it only when asked, and installs it on restart', async () => {
    const { updater, calls } = fakeUpdater('1.2.0');
    const updates = service(updater);
    const seen: UpdateState[] = [];
    updates.subscribe((s) => seen.push(s));
    expect(await updates.run('status')).toEqual({ state: 'idle' });
    expect(calls).toEqual([]);

    expect(await updates.run('check')).toEqual({ state: 'available', version: '1.2.0' });
    // Nothing is fetched behind the user's back: electron-updater's own auto-download is turned off.
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(calls).toEqual(['check']);

    expect(await updates.run('download')).toEqual({ state: 'ready', version: '1.2.0' });
    expect(seen.map((s) => s.state)).toEqual(['checking', 'available', 'downloading', 'downloading', 'ready']);
    expect(seen[3]).toEqual({ state: 'downloading', version: '1.2.0', percent: 42 });
    await updates.run('install');
    await vi.waitFor(() => expect(calls).toEqual(['check', 'download', 'install']));
  });

  it('says the copy is up to date when the feed has nothing newer, and never downloads then', async () => {
    const { updater, calls } = fakeUpdater('1.0.0');
    const updates = service(updater);
    expect(await updates.run('check')).toEqual({ state: 'up-to-date', version: '1.0.0' });
    expect(await updates.run('download')).toEqual({ state: 'up-to-date', version: '1.0.0' });
    expect(await updates.run('install')).toEqual({ state: 'up-to-date', version: '1.0.0' });
    expect(calls).toEqual(['check']);
  });

  it('never loads the updater in a copy run from source or built without an update address, and says why', async () => {
    const load = vi.fn(async () => fakeUpdater('2.0.0').updater);
    const dev = service(fakeUpdater('2.0.0').updater, { isPackaged: false, load });
    expect(await dev.run('check')).toEqual({ state: 'unavailable', reason: 'development' });
    const noFeed = service(fakeUpdater('2.0.0').updater, { hasFeed: false, load });
    expect(await noFeed.run('check')).toEqual({ state: 'unavailable', reason: 'no-feed' });
    expect(load).not.toHaveBeenCalled();
  });

  it('reports a failed check on one bounded line and can check again', async () => {
    const { updater } = fakeUpdater('1.1.0');
    let fail = true;
    const real = updater.checkForUpdates.bind(updater);
    updater.checkForUpdates = async () => {
      if (fail) throw new Error(`net::ERR_NAME_NOT_RESOLVED ${'x'.repeat(900)}\n    at stack line`);
      return real();
    };
    const updates = service(updater);
    const failed = await updates.run('check');
    expect(failed.state).toBe('error');
    expect(failed.state === 'error' && failed.message.startsWith('net::ERR_NAME_NOT_RESOLVED')).toBe(true);
    expect(failed.state === 'error' && failed.message.length).toBe(500);
    fail = false;
    expect(await updates.run('check')).toEqual({ state: 'available', version: '1.1.0' });
  });

  it('checks by itself once a day only while the user has the automatic check on', async () => {
    vi.useFakeTimers();
    const { updater, calls } = fakeUpdater('1.0.0');
    let on = false;
    const updates = service(updater, { automatic: () => on, firstCheckMs: 1000, everyMs: 60_000 });
    const stop = updates.startAutomatic();
    await vi.advanceTimersByTimeAsync(61_000);
    expect(calls).toEqual([]);
    on = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual(['check']);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toEqual(['check']);
  });
});
