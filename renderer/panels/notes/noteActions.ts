import { defineActions, type ActionContext } from '../../ui/actions/action';
import { isTextField } from '../../ui/textField';
import { focusNoteField } from './noteText';

/** Keys act only when no title is being typed, no dialog is open and no field has the focus. */
const free = ({ state, source }: ActionContext) =>
  !state.editing && !state.dialog && (source === 'key' || !isTextField(document.activeElement));

/** The parking lot's quick key: a note that belongs to no card yet, typed at once (ADR 0027). */
export const NOTE_ACTIONS = defineActions([
  {
    id: 'add-parking-lot-note',
    labelKey: 'action.addParkingLotNote',
    descriptionKey: 'action.addParkingLotNote.description',
    group: 'Cards',
    keys: ['Shift+N'],
    canvasOnly: true,
    enabled: free,
    perform: ({ store }) => {
      store.getState().showPanel('parkingLot');
      focusNoteField('.parking-lot__field');
    },
  },
]);
