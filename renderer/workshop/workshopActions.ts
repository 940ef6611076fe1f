import { defineActions } from '../ui/actions/action';

/** Starting and watching a live workshop. */
export const WORKSHOP_ACTIONS = defineActions([
  {
    id: 'workshop-invite',
    labelKey: 'action.workshopInvite',
    descriptionKey: 'action.workshopInvite.description',
    group: 'Map',
    keys: [],
    menu: { name: 'file', section: 4 },
    perform: ({ store }) => store.getState().openDialog('workshop'),
  },
]);
