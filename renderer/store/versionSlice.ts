import type { StateCreator } from 'zustand';
import type { TandemApi } from '../../shared/api/contract';
import type { Comparison } from '../../shared/history/compare';
import type { TandemDoc } from '../../shared/schema/document';
import type { VersionInfo } from '../../shared/schema/version';
import { compareMarks, withGhosts, type CompareMarks } from './compareMarks';
import type { EditorState } from './types';
import { versionTime } from './versionTime';
import { sayIn } from '../i18n';

/** Why no edit happens while a version is on the canvas: said once, wherever the edit came from, in the UI language. */
export const readOnlyMessage = (): string => sayIn('app')('store.readOnly');

/** The live map as it was when a version was put on the canvas, to be put back exactly. */
interface LiveMap {
  doc: TandemDoc;
  selection: string[];
}

/** A version on the canvas: on its own (read-only), or compared with the current map (marks on the canvas). */
export interface Viewing {
  version: VersionInfo;
  mode: 'view' | 'compare';
  /** What differs from the version to the current map; null while viewing alone. */
  comparison: Comparison | null;
  marks: CompareMarks | null;
  live: LiveMap;
  /** The host said the map changed meanwhile: going back reloads it rather than putting back the copy kept here. */
  stale: boolean;
}

/** What a history call ended with, in words for the user when it failed. */
export type HistoryOutcome = { ok: true } | { ok: false; message: string };

/** Where to write a file: a path chosen, cancelled, or the host has no Save dialog (type the path), or a failure. */
export type PathOutcome =
  | { kind: 'path'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'needPath' }
  | { kind: 'failed'; message: string };

/** The file types of a comparison's export, for the Save dialog. */
const EXPORT_FILTERS = {
  pdf: [{ name: 'PDF summary', extensions: ['pdf'] }],
  csv: [{ name: 'CSV of the changes', extensions: ['csv'] }],
} as const;

/** The versions kept in the map's file, and the one shown on the canvas. Window state, never in the document. */
export interface VersionSlice {
  /** Newest first; null until first listed. */
  versions: VersionInfo[] | null;
  /** Why the versions could not be listed, when they could not. */
  versionsError: string | null;
  viewing: Viewing | null;
  /** Lists the versions again (on opening the panel, after a save, on `history/changed`). */
  listVersions(): Promise<void>;
  /** Keeps the map as it is now under `name`. */
  saveVersion(name: string): Promise<HistoryOutcome>;
  /** Shows version `id` read-only on the canvas. */
  viewVersion(id: string): Promise<HistoryOutcome>;
  /** Shows the current map with what changed since version `id` marked. */
  compareVersion(id: string): Promise<HistoryOutcome>;
  /** Puts the live map back on the canvas (reloaded from the host when it changed meanwhile). */
  leaveVersion(): Promise<void>;
  /** The host changed the map while a version is shown: remember to reload on the way back. */
  noteHostChange(): void;
  /** Makes version `id` the current map as one undoable step; says so when the map already matches it. */
  restoreVersion(id: string): Promise<HistoryOutcome & { unchanged?: boolean }>;
  /** What the History panel says last ("Version saved", "The map already matches …"); null for nothing. */
  historyNotice: string | null;
  setHistoryNotice(notice: string | null): void;
  /** The keyboard focus is to go to the versions as soon as they are listed (Version history, after a save). */
  versionFocusPending: boolean;
  /** The History tab took the focus. */
  versionFocusTaken(): void;
  /** Opens the History tab and puts the focus on the newest version (or on Save version… when there is none). */
  focusVersions(): void;
  /** Asks the host's Save dialog for a path; `needPath` where it has none (the browser host). */
  askSavePath(suggestedName: string, format?: 'pdf' | 'csv'): Promise<PathOutcome>;
  /** Writes version `id` as a new map at `path` and opens that copy. */
  openVersionCopy(id: string, path: string): Promise<HistoryOutcome>;
  /** Writes the comparison shown (its version against the current map) as a PDF summary or a CSV at `path`. */
  exportComparison(format: 'pdf' | 'csv', path: string): Promise<HistoryOutcome & { files?: string[] }>;
}

const failed = (message: string): HistoryOutcome => ({ ok: false, message });

/** The version calls, on the host `api`; the canvas shows a version by standing its document in for the live one. */
export function versionSlice(api: TandemApi): StateCreator<EditorState, [], [], VersionSlice> {
  return (set, get) => {
    /** The live map, whether or not a version stands in for it now. */
    const liveOf = (s: EditorState): LiveMap => s.viewing?.live ?? { doc: s.doc, selection: s.selection };

    /**
     * Closes a title being typed and waits until the host has every edit, so that what the host compares or restores
     * against is the map the user sees.
     */
    async function settle(): Promise<void> {
      const s = get();
      if (s.editing && !s.viewing) s.commitEditing(s.doc.cards.find((c) => c.id === s.editing?.cardId)?.title ?? '');
      await get().whenSynced();
    }

    /** Stands `doc` in for the live map. */
    function show(viewing: Omit<Viewing, 'live' | 'stale'>, doc: TandemDoc): void {
      const st = get();
      set({
        viewing: { ...viewing, live: liveOf(st), stale: st.viewing?.stale ?? false },
        doc,
        selection: [],
        selectedLinkId: null,
        renamingId: null,
        editing: null,
        historyNotice: null,
      });
    }

    return {
      versions: null,
      versionsError: null,
      viewing: null,
      async listVersions() {
        const r = await api['history/list']({});
        if (r.ok) set({ versions: r.data.versions, versionsError: null });
        else set({ versionsError: sayIn('app')('store.versionsNotListed', { message: r.error.message }) });
      },
      async saveVersion(name) {
        await settle();
        const r = await api['history/save']({ name });
        if (!r.ok) return failed(r.error.message);
        await get().listVersions();
        return { ok: true };
      },
      async viewVersion(id) {
        await settle();
        const r = await api['history/read']({ id });
        if (!r.ok) return failed(sayIn('app')('store.versionNotRead', { message: r.error.message }));
        show({ version: r.data.version, mode: 'view', comparison: null, marks: null }, r.data.doc);
        return { ok: true };
      },
      async compareVersion(id) {
        // The host compares with the map it has: when that changed meanwhile, the canvas must show it too.
        if (get().viewing?.stale) await get().leaveVersion();
        await settle();
        const [read, compared] = await Promise.all([
          api['history/read']({ id }),
          api['history/compare']({ from: id, to: null }),
        ]);
        if (!read.ok) return failed(sayIn('app')('store.versionNotRead', { message: read.error.message }));
        if (!compared.ok) return failed(sayIn('app')('store.versionNotCompared', { message: compared.error.message }));
        const live = liveOf(get()).doc;
        const comparison = compared.data;
        const marks = compareMarks(comparison, read.data.doc, live);
        show(
          { version: read.data.version, mode: 'compare', comparison, marks },
          withGhosts(live, read.data.doc, marks),
        );
        return { ok: true };
      },
      async leaveVersion() {
        const v = get().viewing;
        if (!v) return;
        // The read-only message is about the version just left: it no longer applies.
        set((s) => ({
          viewing: null,
          doc: v.live.doc,
          selection: v.live.selection,
          error: s.error === readOnlyMessage() ? null : s.error,
        }));
        if (v.stale) await get().reload();
      },
      noteHostChange() {
        const v = get().viewing;
        if (v && !v.stale) set({ viewing: { ...v, stale: true } });
      },
      async restoreVersion(id) {
        const name =
          get().viewing?.version.id === id ? get().viewing?.version : get().versions?.find((v) => v.id === id);
        await get().leaveVersion();
        // The host builds the command against its map: every edit of ours must have reached it first.
        await settle();
        const r = await api['history/restore']({ id });
        if (!r.ok) return failed(sayIn('app')('store.versionNotRestored', { message: r.error.message }));
        if (r.data.command === null) return { ok: true, unchanged: true };
        const label = sayIn('app')('store.restoreStep', { name: name ? versionTitle(name) : id });
        return get().dispatch(r.data.command, label) ? { ok: true } : failed(sayIn('app')('store.restoreRefused'));
      },
      historyNotice: null,
      setHistoryNotice: (notice) => set({ historyNotice: notice }),
      versionFocusPending: false,
      focusVersions() {
        get().showPanel('history');
        set({ versionFocusPending: true });
      },
      versionFocusTaken: () => set({ versionFocusPending: false }),
      async askSavePath(suggestedName, format) {
        const r = await api['dialog/save']({
          suggestedName,
          ...(format ? { filters: EXPORT_FILTERS[format].map((f) => ({ ...f, extensions: [...f.extensions] })) } : {}),
        });
        if (!r.ok)
          return r.error.code === 'unsupported' ? { kind: 'needPath' } : { kind: 'failed', message: r.error.message };
        return r.data.path ? { kind: 'path', path: r.data.path } : { kind: 'cancelled' };
      },
      async openVersionCopy(id, path) {
        // Taken now: the host announces the opened copy (map/opened) maybe before it answers, which ends the view.
        const version = get().viewing?.version ?? get().versions?.find((v) => v.id === id);
        const r = await api['history/openCopy']({ id, path });
        if (!r.ok) return failed(sayIn('app')('store.copyNotMade', { message: r.error.message }));
        get().load(r.data);
        if (version)
          set({ historyNotice: sayIn('app')('store.copyOpened', { name: versionTitle(version), path: r.data.path }) });
        return { ok: true };
      },
      async exportComparison(format, path) {
        const from = get().viewing?.version.id;
        if (!from) return failed(sayIn('app')('store.chooseVersion'));
        const r = await api['history/exportComparison']({ from, to: null, format, path });
        if (!r.ok) return failed(sayIn('app')('store.comparisonNotExported', { message: r.error.message }));
        return { ok: true, files: r.data.files };
      },
    };
  };
}

/** A version's name, or, for one kept automatically, when it was kept ("the version of Today 14:05"). */
export function versionTitle(v: Pick<VersionInfo, 'name' | 'createdAt'>): string {
  return v.name ?? `the version of ${versionTime(v.createdAt)}`;
}
