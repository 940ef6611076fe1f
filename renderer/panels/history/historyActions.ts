import { defineActions } from '../../ui/actions/action';

/** Versions of the map: keep one by name, show the History panel, and leave a version shown on the canvas. */
export const HISTORY_ACTIONS = defineActions([
  {
    // While a version is on the canvas, Escape goes back to the current map — and only that: captured, so the same
    // press does not also clear a selection.
    id: 'back-to-current-map',
    labelKey: 'action.backToCurrentMap',
    descriptionKey: 'action.backToCurrentMap.description',
    group: 'Map',
    keys: ['Escape'],
    keysShown: ['Esc'],
    capture: true,
    enabled: ({ state }) => state.viewing !== null,
    perform: ({ store }) => void store.getState().leaveVersion(),
  },
  {
    id: 'save-version',
    labelKey: 'action.saveVersion',
    descriptionKey: 'action.saveVersion.description',
    group: 'Map',
    keys: ['Mod+S'],
    menu: { name: 'file', section: 3 },
    enabled: ({ state }) => state.viewing === null,
    perform: ({ store }) => store.getState().openDialog('saveVersion'),
  },
  {
    id: 'show-history',
    labelKey: 'action.showHistory',
    descriptionKey: 'action.showHistory.description',
    group: 'Map',
    menu: { name: 'file', section: 3 },
    perform: ({ store }) => store.getState().focusVersions(),
  },
]);
