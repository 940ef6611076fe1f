import { defineActions } from '../ui/actions/action';

/** Opening the export dialog. */
export const EXPORT_ACTIONS = defineActions([
  {
    id: 'export',
    labelKey: 'action.export',
    descriptionKey: 'action.export.description',
    group: 'Map',
    keys: ['Mod+E'],
    menu: { name: 'file', section: 2 },
    perform: ({ store }) => store.getState().openDialog('export'),
  },
]);
