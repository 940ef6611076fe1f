import { defineActions } from '../ui/actions/action';

// preventDefault (done by the dispatcher) keeps the browser's page zoom, and the desktop menu's accelerator for
// the same keys, from zooming a second time.
/** Zoom and fit, through the controls the canvas lends while it is on screen. */
export const VIEW_ACTIONS = defineActions([
  {
    id: 'zoom-in',
    labelKey: 'action.zoomIn',
    group: 'Navigation',
    keys: ['Mod+='],
    hiddenKeys: ['Mod++'],
    menu: { name: 'view', section: 1 },
    enabled: ({ canvas }) => canvas.view !== null,
    perform: ({ canvas }) => canvas.view?.zoomIn(),
  },
  {
    id: 'zoom-out',
    labelKey: 'action.zoomOut',
    group: 'Navigation',
    keys: ['Mod+-'],
    hiddenKeys: ['Mod+_'],
    menu: { name: 'view', section: 1 },
    enabled: ({ canvas }) => canvas.view !== null,
    perform: ({ canvas }) => canvas.view?.zoomOut(),
  },
  {
    id: 'zoom-fit',
    labelKey: 'action.zoomFit',
    descriptionKey: 'action.zoomFit.description',
    group: 'Navigation',
    keys: ['Mod+0'],
    menu: { name: 'view', section: 1 },
    enabled: ({ canvas }) => canvas.view !== null,
    perform: ({ canvas }) => canvas.view?.fit(),
  },
]);
