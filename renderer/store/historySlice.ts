import type { StateCreator } from 'zustand';
import type { TandemApi } from '../../shared/api/contract';
import { applyCommand } from '../../shared/commands/apply';
import { describeCommand } from '../../shared/commands/describe';
import type { Command } from '../../shared/commands/types';
import type { SerialQueue } from './serialQueue';
import type { EditorState, HistoryEntry, HistorySlice } from './types';

/** How many steps Undo remembers; older ones fall off. */
export const HISTORY_LIMIT = 200;

interface Sync {
  api: TandemApi;
  queue: SerialQueue;
  epoch(): number;
}

/**
 * Edits and their history. Every change — a new edit, an undo, a redo — goes the same way: applied to the
 * document at once (optimistic), then sent to the host in order. When the host refuses one, the renderer's
 * document can no longer be trusted, so the map is reloaded and the message shown.
 */
export function historySlice(sync: Sync): StateCreator<EditorState, [], [], HistorySlice> {
  return (set, get) => {
    /** Applies locally and queues the send; returns the inverse, or null when refused locally. */
    function run(cmd: Command): Command | null {
      let result;
      try {
        result = applyCommand(get().doc, cmd);
      } catch (err) {
        get().showError(err instanceof Error ? err.message : String(err));
        return null;
      }
      set({ doc: result.doc });
      const epoch = sync.epoch();
      void sync.queue.push(async () => {
        if (epoch !== sync.epoch()) return;
        const r = await sync.api['map/apply']({ command: cmd, baseRevision: get().revision });
        if (epoch !== sync.epoch()) return;
        if (r.ok) set({ revision: r.data.revision });
        else await get().reload(`${describeCommand(cmd)} was not saved: ${r.error.message}`);
      });
      return result.inverse;
    }

    return {
      past: [],
      future: [],
      dispatch(cmd, label) {
        const inverse = run(cmd);
        if (!inverse) return false;
        const entry: HistoryEntry = { label: label ?? describeCommand(cmd), undo: inverse, redo: cmd };
        set((s) => ({ past: [...s.past, entry].slice(-HISTORY_LIMIT), future: [] }));
        return true;
      },
      undo() {
        const entry = get().past.at(-1);
        if (!entry) return;
        if (!run(entry.undo)) return;
        set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
      },
      redo() {
        const entry = get().future.at(-1);
        if (!entry) return;
        const inverse = run(entry.redo);
        if (!inverse) return;
        // The fresh inverse describes the document as it is now, which is what the next undo must restore.
        set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, { ...entry, undo: inverse }] }));
      },
      whenSynced: () => sync.queue.idle(),
    };
  };
}
