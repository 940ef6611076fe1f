import { defineActions } from '../../ui/actions/action';

/** The shortcut sheet and the command palette. */
export const HELP_ACTIONS = defineActions([
  {
    id: 'command-palette',
    labelKey: 'action.commandPalette',
    descriptionKey: 'action.commandPalette.description',
    group: 'Map',
    keys: ['Mod+K'],
    menu: { name: 'help', section: 1 },
    palette: false,
    perform: ({ store }) => store.getState().openDialog('palette'),
  },
  {
    id: 'shortcuts',
    labelKey: 'action.shortcuts',
    descriptionKey: 'action.shortcuts.description',
    group: 'Map',
    keys: ['?', 'Mod+/'],
    menu: { name: 'help', section: 1 },
    perform: ({ store }) => store.getState().openDialog('shortcuts'),
  },
]);
