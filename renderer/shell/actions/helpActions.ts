import { defineActions } from '../../ui/actions/action';
import { automaticUpdates, rememberAutomaticUpdates } from '../updates/automatic';

/** The shortcut sheet, the command palette, the update check and About. */
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
  {
    id: 'check-updates',
    labelKey: 'action.checkUpdates',
    descriptionKey: 'action.checkUpdates.description',
    group: 'Map',
    menu: { name: 'help', section: 2 },
    perform: ({ store }) => store.getState().openDialog('updates'),
  },
  {
    // Off unless the user turns it on: Tandem then looks for a new release once a day, and never downloads by itself.
    id: 'auto-updates',
    labelKey: 'action.autoUpdates',
    descriptionKey: 'action.autoUpdates.description',
    group: 'Map',
    menu: { name: 'help', section: 2 },
    checked: () => automaticUpdates(),
    toggle: true,
    perform: ({ client }) => {
      const on = !automaticUpdates();
      rememberAutomaticUpdates(on);
      void client?.['settings/set']({ checkForUpdates: on });
    },
  },
]);
