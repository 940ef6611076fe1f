import { defineActions } from '../ui/actions/action';

/** Starting and watching a live workshop. */
export const WORKSHOP_ACTIONS = defineActions([
  {
    id: 'workshop-invite',
    labelKey: 'action.workshopInvite',
    label: 'Invite participants…',
    description: 'Start a live workshop: people in the room join from their browsers',
    group: 'Map',
    keys: [],
    menu: { name: 'file', section: 4 },
    perform: ({ store }) => store.getState().openDialog('workshop'),
  },
]);
