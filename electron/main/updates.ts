import type { UpdateAction, UpdateState, UpdatesPort } from '../../shared/api/updateSchemas';

/** The part of electron-updater's `autoUpdater` Tandem uses (faked in tests: the real one needs Electron). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
}

export interface UpdateServiceOptions {
  /** `app.isPackaged`: a copy run from the source tree has nothing to update. */
  isPackaged: boolean;
  /** Whether the build names an update address (`app-update.yml` beside the app, written by a release build). */
  hasFeed: boolean;
  /** Loads the updater only when first needed (`import('electron-updater')`). */
  load(): Promise<UpdaterLike>;
  /** The user's setting "Check for updates automatically", read each time (off by default). */
  automatic(): boolean;
  /** How long after start, and then how often, the automatic check runs. */
  firstCheckMs?: number;
  everyMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A message from the updater, bounded and on one line, for the state the user sees. */
function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').slice(0, 500) || 'the update check failed';
}

/**
 * Tandem's update check: nothing is looked up unless the user asks (Help › Check for updates…) or has turned on the
 * automatic check; nothing is downloaded unless the user asks; a downloaded update is installed when Tandem quits,
 * or at once when the user chooses to restart.
 */
export class UpdateService implements UpdatesPort {
  private current: UpdateState;
  private readonly listeners = new Set<(state: UpdateState) => void>();
  private updater: Promise<UpdaterLike> | null = null;
  private busy: Promise<UpdateState> | null = null;

  constructor(private readonly opts: UpdateServiceOptions) {
    this.current = !opts.isPackaged
      ? { state: 'unavailable', reason: 'development' }
      : !opts.hasFeed
        ? { state: 'unavailable', reason: 'no-feed' }
        : { state: 'idle' };
  }

  get state(): UpdateState {
    return this.current;
  }

  subscribe(listener: (state: UpdateState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async run(action: UpdateAction): Promise<UpdateState> {
    if (action === 'status' || this.current.state === 'unavailable') return this.current;
    if (this.busy) return this.busy;
    const work =
      action === 'check' ? this.check() : action === 'download' ? this.download() : Promise.resolve(this.install());
    this.busy = work.finally(() => {
      this.busy = null;
    });
    return this.busy;
  }

  /** Runs the automatic check after `firstCheckMs` and every `everyMs` while the setting is on; returns a stop. */
  startAutomatic(): () => void {
    const tick = () => {
      if (this.opts.automatic() && (this.current.state === 'idle' || this.current.state === 'up-to-date'))
        void this.run('check');
    };
    const first = setTimeout(tick, this.opts.firstCheckMs ?? 30_000);
    const every = setInterval(tick, this.opts.everyMs ?? DAY_MS);
    first.unref?.();
    every.unref?.();
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }

  private set(state: UpdateState): UpdateState {
    this.current = state;
    for (const listener of this.listeners) listener(state);
    return state;
  }

  private loadUpdater(): Promise<UpdaterLike> {
    this.updater ??= this.opts.load().then((u) => {
      u.autoDownload = false;
      u.autoInstallOnAppQuit = true;
      u.on('download-progress', (p) => {
        if (this.current.state === 'downloading')
          this.set({ ...this.current, percent: Math.max(0, Math.min(100, Math.round(p.percent))) });
      });
      u.on('update-downloaded', (info) => this.set({ state: 'ready', version: info.version }));
      return u;
    });
    return this.updater;
  }

  private async check(): Promise<UpdateState> {
    if (this.current.state === 'downloading' || this.current.state === 'ready') return this.current;
    this.set({ state: 'checking' });
    try {
      const result = await (await this.loadUpdater()).checkForUpdates();
      if (!result) return this.set({ state: 'unavailable', reason: 'development' });
      const { version } = result.updateInfo;
      return this.set(result.isUpdateAvailable ? { state: 'available', version } : { state: 'up-to-date', version });
    } catch (err) {
      return this.set({ state: 'error', message: messageOf(err) });
    }
  }

  private async download(): Promise<UpdateState> {
    if (this.current.state !== 'available') return this.current;
    const { version } = this.current;
    this.set({ state: 'downloading', version, percent: 0 });
    try {
      await (await this.loadUpdater()).downloadUpdate();
      // `update-downloaded` has said so already where the updater emits it before resolving.
      const now = this.state;
      return now.state === 'ready' ? now : this.set({ state: 'ready', version });
    } catch (err) {
      return this.set({ state: 'error', message: messageOf(err) });
    }
  }

  private install(): UpdateState {
    if (this.current.state !== 'ready') return this.current;
    void this.loadUpdater().then((u) => u.quitAndInstall());
    return this.current;
  }
}
