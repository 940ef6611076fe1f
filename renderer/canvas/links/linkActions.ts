import { defineActions } from '../../ui/actions/action';
import { sayIn } from '../../i18n';

/** Keys of the selected link's toolbar: Escape closes it, Delete removes the link. */
export const LINK_ACTIONS = defineActions([
  {
    id: 'deselect-link',
    labelKey: 'action.deselectLink',
    group: 'Cards',
    keys: ['Escape'],
    keysShown: ['Esc'],
    palette: false,
    enabled: ({ state }) => state.selectedLinkId !== null,
    perform: ({ store }) => store.getState().selectLink(null),
  },
  {
    id: 'delete-link',
    labelKey: 'action.deleteLink',
    group: 'Cards',
    keys: ['Delete', 'Backspace'],
    enabled: ({ state }) => state.selectedLinkId !== null,
    perform: ({ store }) => {
      const s = store.getState();
      const id = s.selectedLinkId;
      if (!id) return false;
      s.selectLink(null);
      s.dispatch({ type: 'link/delete', id }, sayIn('canvas')('undo.deleteLink'));
    },
  },
]);
