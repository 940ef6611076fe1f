import type { StateCreator } from 'zustand';
import type { TandemApi } from '../../shared/api/contract';
import { applyCommand, applyParsedCommand, parseCommand } from '../../shared/commands/apply';
import { describeCommand } from '../../shared/commands/describe';
import type { CommandResult } from '../../shared/commands/handler';
import type { Command } from '../../shared/commands/types';
import { joinCommands } from './joinCommands';
import { rebaseOnto, touchedIds, type Unconfirmed } from './remoteEdits';
import type { SerialQueue } from './serialQueue';
import { readOnlyMessage } from './versionSlice';
import type { EditorState, HistoryEntry, HistoryMode, HistorySlice } from './types';

/** How many steps Undo remembers; older ones fall off. */
export const HISTORY_LIMIT = 200;

/** The first wait before an unsaved edit is sent again, doubling to the longest. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

interface Sync {
  api: TandemApi;
  queue: SerialQueue;
  epoch(): number;
  /** This window's name in `map/applied` events, so it knows its own commands from others'. */
  origin: string;
}

/**
 * Edits and their history. Every change — a new edit, an undo, a redo — goes the same way: applied to the
 * document at once (optimistic), then sent to the host in order. When the host refuses one, the renderer's
 * document can no longer be trusted, so the map is reloaded and the message shown.
 *
 * Each command says how it enters history (`HistoryMode`): as a step of its own, as a step held open for the
 * commands that complete it, or joined to the step before. An open step is sent only when it closes, as the one
 * command its `redo` has become, so a card and the title typed into it reach the file in one write.
 *
 * A new command is checked against the schema once here, before the optimistic copy changes, so that a value a
 * field cannot hold is refused with its reason and the undo history kept (a refusal by the host costs a reload).
 * Undo, redo and joined steps replay commands already checked, or inverses the handlers built, without parsing
 * again. The host checks once more where the command crosses into it (`shared/api/dispatch.ts`), never after.
 */
export function historySlice(sync: Sync): StateCreator<EditorState, [], [], HistorySlice> {
  return (set, get) => {
    let lastId = 0;

    /** Applies locally (parsing `cmd` first when it is new); null, and the error shown, when it does not fit. */
    function applyLocally(cmd: Command, fresh: boolean): CommandResult | null {
      try {
        const result = fresh ? applyCommand(get().doc, cmd) : applyParsedCommand(get().doc, cmd);
        set({ doc: result.doc });
        return result;
      } catch (err) {
        get().showError(err instanceof Error ? err.message : String(err));
        return null;
      }
    }

    /** Sends queued and not yet answered; `saving` is true while there are any. */
    let inFlight = 0;
    /**
     * The commands sent and not yet answered, oldest first, with their inverses: what a remote command rebases. The
     * queue answers in order, so each answer takes the first; a reload (a new epoch) leaves the old ones out.
     */
    let unconfirmed: (Unconfirmed & { epoch: number })[] = [];

    /**
     * Edits the host could not take because it was unreachable or could not write (`io`), oldest first: kept on the
     * canvas, shown as unsaved, and sent again in order until the host takes them. A refusal on the merits is
     * different: the map is reloaded from the file and the reason shown.
     */
    let held: (Unconfirmed & { epoch: number })[] = [];
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let retryDelay = RETRY_FIRST_MS;

    const showHeld = (reason: string) => set({ unsaved: held.length > 0 ? { count: held.length, reason } : null });

    /** Sends the oldest held edit again, and the rest after it while the host takes them. */
    function retryHeld(): void {
      retryTimer = null;
      void sync.queue.push(async () => {
        while (held.length > 0) {
          const first = held[0] as Unconfirmed & { epoch: number };
          if (first.epoch !== sync.epoch()) {
            held = held.slice(1);
            continue;
          }
          const r = await sync.api['map/apply']({
            command: first.cmd,
            baseRevision: get().revision,
            origin: sync.origin,
          });
          if (!r.ok && r.error.code === 'io') {
            showHeld(r.error.message);
            retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
            retryTimer = setTimeout(retryHeld, retryDelay);
            return;
          }
          held = held.slice(1);
          if (r.ok) set({ revision: Math.max(get().revision, r.data.revision) });
          else {
            held = [];
            await get().reload(`${describeCommand(first.cmd)} was not saved: ${r.error.message}`);
          }
        }
        retryDelay = RETRY_FIRST_MS;
        set({ unsaved: null });
      });
    }

    /** Queues the send of a command already applied locally; `inverse` takes it back. */
    function send(cmd: Command, inverse: Command): void {
      const epoch = sync.epoch();
      if (held.length > 0) {
        // Edits wait behind the ones the host has not taken yet, so the file gets them in the order they were made.
        held.push({ cmd, inverse, epoch });
        showHeld(get().unsaved?.reason ?? '');
        return;
      }
      if (inFlight++ === 0) set({ saving: true });
      unconfirmed.push({ cmd, inverse, epoch });
      void sync.queue.push(async () => {
        try {
          if (epoch !== sync.epoch()) return;
          if (held.length > 0) {
            held.push({ cmd, inverse, epoch });
            return;
          }
          const r = await sync.api['map/apply']({ command: cmd, baseRevision: get().revision, origin: sync.origin });
          if (epoch !== sync.epoch()) return;
          // Others' commands may have come in between: the revision only goes forward.
          if (r.ok) set({ revision: Math.max(get().revision, r.data.revision) });
          else if (r.error.code === 'io') {
            held.push({ cmd, inverse, epoch });
            showHeld(r.error.message);
            if (retryTimer === null) retryTimer = setTimeout(retryHeld, retryDelay);
          } else await get().reload(`${describeCommand(cmd)} was not saved: ${r.error.message}`);
        } finally {
          unconfirmed = unconfirmed.slice(1);
          if (--inFlight === 0) set({ saving: false });
          if (held.length > 0) showHeld(get().unsaved?.reason ?? '');
        }
      });
    }

    /** Applies locally and queues the send; returns the inverse, or null when refused locally. */
    function run(cmd: Command): Command | null {
      const result = applyLocally(cmd, false);
      if (!result) return null;
      send(cmd, result.inverse);
      return result.inverse;
    }

    /** Sends the open step, if there is one, as one command; it becomes an ordinary step. */
    function closeOpen(): void {
      const top = get().past.at(-1);
      if (!top?.open) return;
      send(top.redo, top.undo);
      set((s) => ({ past: [...s.past.slice(0, -1), { ...top, open: false }] }));
    }

    function record(cmd: Command, label: string | undefined, open: boolean): boolean {
      closeOpen();
      const result = applyLocally(cmd, true);
      if (!result) return false;
      if (!open) send(cmd, result.inverse);
      lastId += 1;
      const entry: HistoryEntry = {
        id: lastId,
        label: label ?? describeCommand(cmd),
        undo: result.inverse,
        redo: cmd,
        open,
      };
      set((s) => ({ past: [...s.past, entry].slice(-HISTORY_LIMIT), future: [] }));
      return true;
    }

    /** Makes `cmd` part of the last step: its redo does both, its undo takes back both. The step is then closed. */
    function join(cmd: Command, target: HistoryEntry): boolean {
      const result = applyLocally(cmd, true);
      if (!result) return false;
      const joined: HistoryEntry = {
        ...target,
        redo: joinCommands(target.redo, cmd, target.label),
        // Flat, so that a step joined many times (a typing burst) stays within the host's batch nesting limit.
        undo: {
          type: 'batch',
          label: target.label,
          commands: [result.inverse, ...(target.undo.type === 'batch' ? target.undo.commands : [target.undo])],
        },
        open: false,
      };
      // A closed step already reached the host, so only the new command travels; an open one goes whole.
      if (target.open) send(joined.redo, joined.undo);
      else send(cmd, result.inverse);
      set((s) => ({ past: [...s.past.slice(0, -1), joined], future: [] }));
      return true;
    }

    /** The one gate: while a kept version stands in for the map, nothing may change it, whatever asked. */
    function readOnly(): boolean {
      if (!get().viewing) return false;
      get().showError(readOnlyMessage());
      return true;
    }

    /**
     * Runs a step's effect once the edits queued before it have reached the host (outside the queue: the effect
     * reads figures that wait for the queue); a refusal is shown, and the step stays where it went.
     */
    function runEffect(run: () => Promise<string | null>): void {
      void sync.queue
        .idle()
        .then(run)
        .then((error) => {
          if (error) get().showError(error);
        });
    }

    /** The placeholder commands of a step outside the document: never applied, never sent (its effect runs instead). */
    const NOTHING: Command = { type: 'batch', label: 'nothing', commands: [] };

    return {
      past: [],
      future: [],
      saving: false,
      unsaved: null,
      recordEffect(label, effect) {
        closeOpen();
        lastId += 1;
        const entry: HistoryEntry = { id: lastId, label, undo: NOTHING, redo: NOTHING, open: false, effect };
        set((s) => ({ past: [...s.past, entry].slice(-HISTORY_LIMIT), future: [] }));
      },
      dispatch(cmd, label, mode: HistoryMode = 'record') {
        if (readOnly()) return false;
        if (typeof mode === 'object') {
          const top = get().past.at(-1);
          // Joining is for the step the caller started; anything done since makes this a step of its own.
          if (top && top.id === mode.join) return join(cmd, top);
          return record(cmd, label, false);
        }
        return record(cmd, label, mode === 'open');
      },
      undo() {
        if (readOnly()) return;
        const entry = get().past.at(-1);
        if (!entry) return;
        if (entry.conflict) {
          // Applying its inverse now would undo someone else's change too: the step is dropped, and said so.
          get().showError(`“${entry.label}” was not undone: ${entry.conflict}. The next Undo goes further back.`);
          set((s) => ({ past: s.past.slice(0, -1) }));
          return;
        }
        if (entry.effect) {
          runEffect(entry.effect.undo);
          set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
          return;
        }
        // An open step never reached the host: taking it back is local only.
        const inverse = entry.open ? applyLocally(entry.undo, false)?.inverse : run(entry.undo);
        if (!inverse) return;
        set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, { ...entry, open: false }] }));
      },
      redo() {
        if (readOnly()) return;
        closeOpen();
        const entry = get().future.at(-1);
        if (!entry) return;
        if (entry.conflict) {
          get().showError(`“${entry.label}” was not redone: ${entry.conflict}.`);
          set((s) => ({ future: s.future.slice(0, -1) }));
          return;
        }
        if (entry.effect) {
          runEffect(entry.effect.redo);
          set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
          return;
        }
        const inverse = run(entry.redo);
        if (!inverse) return;
        // The fresh inverse describes the document as it is now, which is what the next undo must restore.
        set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, { ...entry, undo: inverse }] }));
      },
      whenSynced: () => sync.queue.idle(),
      applyRemote({ revision, command, origin, author }) {
        if (origin === sync.origin) return;
        // A version stands in for the map: the live map is reloaded when the user goes back (map/changed notes it).
        if (get().viewing) return;
        const epoch = sync.epoch();
        const mine = unconfirmed.filter((u) => u.epoch === epoch);
        const top = get().past.at(-1);
        const open = top?.open ? [{ cmd: top.redo, inverse: top.undo }] : [];
        let other: Command;
        let rebased: ReturnType<typeof rebaseOnto>;
        try {
          other = parseCommand(command);
          rebased = rebaseOnto(get().doc, [...mine, ...open], other);
        } catch {
          void get()
            .whenSynced()
            .then(() => get().reload('A change made elsewhere did not fit with yours.'));
          return;
        }
        unconfirmed = [
          ...rebased.unconfirmed.slice(0, mine.length).map((u) => ({ ...u, epoch })),
          ...unconfirmed.filter((u) => u.epoch !== epoch),
        ];
        const ids = touchedIds(other);
        const who = author === 'facilitator' ? 'another window' : 'a participant';
        const mark = (e: HistoryEntry): HistoryEntry => {
          if (e.conflict || e.open || e.effect) return e;
          const own = touchedIds(e.redo, touchedIds(e.undo));
          for (const id of ids)
            if (own.has(id)) return { ...e, conflict: `${who} changed what it changed (${describeCommand(other)})` };
          return e;
        };
        set((s) => {
          const past = s.past.map(mark);
          const last = past.at(-1);
          if (last?.open && open.length > 0)
            past[past.length - 1] = { ...last, undo: rebased.unconfirmed.at(-1)!.inverse };
          return {
            doc: rebased.doc,
            revision: Math.max(s.revision, revision),
            past,
            future: s.future.map(mark),
          };
        });
      },
    };
  };
}
