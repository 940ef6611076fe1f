import { createStore, type StoreApi } from 'zustand/vanilla';
import { newId } from '../../shared/ids';
import type { OpenedMap, TandemApi } from '../../shared/api/contract';
import { chromeSlice } from './chromeSlice';
import { documentSlice } from './documentSlice';
import { evidenceSlice } from './evidenceSlice';
import { filterSlice } from './filterSlice';
import { historySlice } from './historySlice';
import { insightSlice } from './insightSlice';
import { panelsSlice } from './panelsSlice';
import { presentSlice } from './presentSlice';
import { selectionSlice } from './selectionSlice';
import { createSerialQueue } from './serialQueue';
import type { EditorState } from './types';
import { uiSlice } from './uiSlice';
import { structureSlice } from './structureSlice';
import { surveySlice } from './surveySlice';
import { versionSlice } from './versionSlice';

export type EditorStore = StoreApi<EditorState>;

/** A fresh editor store for one open map, talking to the host through `api`. One per window (and per test). */
export function createEditorStore(opened: OpenedMap, api: TandemApi): EditorStore {
  const queue = createSerialQueue();
  // This window's name in the host's map/applied events.
  const origin = `w${newId()}`;
  // Bumped whenever the document is replaced wholesale: queued sends from before are then dropped.
  let epoch = 0;
  const bumpEpoch = () => {
    epoch += 1;
  };
  return createStore<EditorState>()((...a) => ({
    ...documentSlice(opened, api, bumpEpoch)(...a),
    ...historySlice({ api, queue, epoch: () => epoch, origin })(...a),
    ...uiSlice(...a),
    ...chromeSlice(...a),
    ...panelsSlice(...a),
    ...filterSlice(...a),
    ...selectionSlice(...a),
    ...structureSlice(...a),
    ...insightSlice(...a),
    ...surveySlice(api)(...a),
    ...versionSlice(api)(...a),
    ...presentSlice(...a),
    ...evidenceSlice(api)(...a),
  }));
}
