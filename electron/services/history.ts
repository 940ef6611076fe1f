import { isAbsolute, resolve } from 'node:path';
import type { ApiImplementation, EventName, OpenedMap } from '../../shared/api/contract';
import { compareDocs } from '../../shared/history/compare';
import { docDelta } from '../../shared/history/delta';
import type { VersionReason } from '../../shared/schema/version';
import { exportComparison } from './comparisonExport';
import { DocumentStore } from './documentStore';
import type { PrintPdf } from './export/progress';

/** About every ten minutes while edits happen, a version is kept (issue 12). */
export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;

export interface AutoVersionOptions {
  /** Time from the first edit after a version to the next automatic version. */
  intervalMs?: number;
  /** The clock versions are stamped with (tests simulate a month). */
  now?: () => Date;
  /** Told when a version was kept or removed, so the History panel lists them again. */
  onChange?: () => void;
  /** Told when keeping a version failed: editing goes on regardless. */
  onError?: (err: unknown) => void;
}

/**
 * Keeps versions of the open map without being asked: the state before the first edit of a session (when no version
 * has it yet), one after each stretch of editing, and one when the map is closed with changes since the last.
 * A failure to keep one never reaches the edit that caused it.
 */
export class AutoVersions {
  private store: DocumentStore | null = null;
  private edited = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly opts: AutoVersionOptions;

  constructor(opts: AutoVersionOptions = {}) {
    this.opts = opts;
  }

  /** Watches a newly opened map. */
  attach(store: DocumentStore): void {
    this.stopTimer();
    this.store = store;
    this.edited = false;
  }

  /** Called before a command is applied: the first edit of a session keeps the map as it was, if no version has it. */
  beforeEdit(): void {
    const store = this.store;
    if (!store || this.edited) return;
    this.edited = true;
    // A map never edited (revision 0) is its template or import, which the user still has: nothing to keep yet.
    if (store.revision > 0 && store.versions.latest()?.revision !== store.revision) this.keep(store, 'before-edit');
  }

  /** Called after a command was committed: starts the stretch at whose end a version is kept. */
  afterEdit(): void {
    if (!this.store || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.store) this.keepIfChanged(this.store, 'auto');
    }, this.opts.intervalMs ?? AUTO_VERSION_INTERVAL_MS);
    this.timer.unref?.();
  }

  /** Called before the map is closed (or another opened, or a workshop ends): keeps what changed since the last. */
  detach(reason: VersionReason = 'closed'): void {
    this.stopTimer();
    const store = this.store;
    this.store = null;
    if (store && this.edited) this.keepIfChanged(store, reason);
  }

  /** Keeps a version now if the map changed since the last one (a workshop session ended, say). */
  keepNow(reason: VersionReason): void {
    if (this.store) this.keepIfChanged(this.store, reason);
  }

  private keepIfChanged(store: DocumentStore, reason: VersionReason): void {
    if (store.versions.latest()?.revision !== store.revision) this.keep(store, reason);
  }

  private keep(store: DocumentStore, reason: VersionReason): void {
    // Another program put a different file at the map's path: nothing more is written to the one Tandem opened.
    if (store.replaced) return;
    try {
      const kept = store.versions.keep(store.doc, store.revision, { reason, now: this.opts.now?.() });
      if (kept) this.opts.onChange?.();
    } catch (err) {
      this.opts.onError?.(err);
    }
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

type HistoryCalls = Pick<
  ApiImplementation,
  | 'history/list'
  | 'history/save'
  | 'history/read'
  | 'history/compare'
  | 'history/restore'
  | 'history/openCopy'
  | 'history/exportComparison'
>;

/** The `history/*` calls of the API, on the session's open map. */
export function historyApi(ctx: {
  need: () => DocumentStore;
  switchTo: (store: DocumentStore) => OpenedMap;
  mapPath: (path: string) => string;
  emit: (event: EventName, payload: unknown) => void;
  now?: () => Date;
  /** Prints the comparison's PDF with the host's own Chromium (Electron's printToPDF), as the map export does. */
  printPdf?: PrintPdf;
}): HistoryCalls {
  const { need, emit } = ctx;
  const docOf = (store: DocumentStore, ref: string) => store.versions.read(store.versions.find(ref).id);
  return {
    'history/list': () => ({ versions: need().versions.list() }),
    'history/save': ({ name }) => {
      const store = need();
      const kept = store.versions.keep(store.doc, store.revision, { reason: 'named', name, now: ctx.now?.() });
      emit('history/changed', {});
      // A named version is always kept.
      return kept ?? store.versions.find(name);
    },
    'history/read': ({ id }) => {
      const store = need();
      const version = store.versions.find(id);
      return { version, doc: store.versions.read(version.id) };
    },
    'history/compare': ({ from, to }) => {
      const store = need();
      return compareDocs(docOf(store, from), to === null ? store.doc : docOf(store, to));
    },
    'history/restore': ({ id }) => {
      const store = need();
      const command = docDelta(store.doc, docOf(store, id));
      if (command !== null) {
        const kept = store.versions.keep(store.doc, store.revision, { reason: 'before-restore', now: ctx.now?.() });
        if (kept) emit('history/changed', {});
      }
      return { command };
    },
    'history/exportComparison': async ({ from, to, format, path }) => {
      const store = need();
      const { files } = await exportComparison(
        store,
        { from, to, format, path: isAbsolute(path) ? path : resolve(path) },
        { printPdf: ctx.printPdf, now: ctx.now?.(), onProgress: (p) => emit('export/progress', p) },
      );
      return { files };
    },
    'history/openCopy': ({ id, path }) => {
      const store = need();
      const doc = docOf(store, id);
      return ctx.switchTo(DocumentStore.create(ctx.mapPath(path), doc));
    },
  };
}
