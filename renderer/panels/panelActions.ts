import { defineActions } from '../ui/actions/action';

/** Showing and hiding the side panel and the overview map. */
export const PANEL_ACTIONS = defineActions([
  {
    id: 'toggle-panels',
    labelKey: 'action.togglePanels',
    group: 'Map',
    keys: ['Mod+\\'],
    menu: { name: 'view', section: 2 },
    perform: ({ store }) => store.getState().togglePanels(),
  },
  {
    id: 'toggle-minimap',
    labelKey: 'action.toggleMinimap',
    group: 'Navigation',
    menu: { name: 'view', section: 2 },
    perform: ({ store }) => store.getState().toggleMinimap(),
  },
]);
