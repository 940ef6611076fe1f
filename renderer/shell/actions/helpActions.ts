import { defineActions } from '../../ui/actions/action';

/** The shortcut sheet, the command palette and About. */
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
  {
    // The desktop menu has its own About item (Help, and the app menu on macOS), which sends this action; elsewhere
    // the command palette finds it.
    id: 'about',
    labelKey: 'action.about',
    descriptionKey: 'action.about.description',
    group: 'Map',
    perform: ({ store }) => store.getState().openDialog('about'),
  },
]);
