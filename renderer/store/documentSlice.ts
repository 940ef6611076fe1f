import type { StateCreator } from 'zustand';
import type { TandemApi } from '../../shared/api/contract';
import type { DocumentSlice, EditorState } from './types';
import type { OpenedMap } from '../../shared/api/contract';

/** The open map; `reload` asks the host for the truth after anything went wrong. */
export function documentSlice(
  opened: OpenedMap,
  api: TandemApi,
  bumpEpoch: () => void,
): StateCreator<EditorState, [], [], DocumentSlice> {
  return (set) => ({
    doc: opened.doc,
    revision: opened.revision,
    path: opened.path,
    load(next) {
      // Commands queued against the old document must not reach the host on top of the new one.
      bumpEpoch();
      set({
        doc: next.doc,
        revision: next.revision,
        path: next.path,
        past: [],
        future: [],
        selection: [],
        viewing: null,
        versions: null,
        historyNotice: null,
      });
    },
    async reload(reason) {
      const r = await api['map/current']({});
      if (!r.ok) {
        set({ error: `${reason ? `${reason} ` : ''}Reloading the map failed too: ${r.error.message}` });
        return;
      }
      bumpEpoch();
      // A version on the canvas gives way: the map shown is the file's again.
      set({
        doc: r.data.doc,
        revision: r.data.revision,
        path: r.data.path,
        past: [],
        future: [],
        selection: [],
        viewing: null,
      });
      if (reason) set({ error: `${reason} The map was reloaded from the file.` });
    },
  });
}
