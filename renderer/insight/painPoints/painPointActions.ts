import type { EditorState } from '../../store/types';
import { defineActions, type ActionContext } from '../../ui/actions/action';
import { isTextField } from '../../ui/textField';

/** Keys act only when no title is being typed, no dialog is open and no field has the focus. */
const free = ({ state, source }: ActionContext) =>
  !state.editing && !state.dialog && (source === 'key' || !isTextField(document.activeElement));

const oneCard = (s: EditorState) => s.selection.length === 1 && s.doc.cards.some((c) => c.id === s.selection[0]);

/** Puts the focus in the "new pain point" field once the Pain points tab has drawn it. */
function focusPainField(): void {
  const tryFocus = (left: number) => {
    const field = document.querySelector<HTMLInputElement>('.pp-add input');
    if (field) field.focus();
    else if (left > 0) requestAnimationFrame(() => tryFocus(left - 1));
  };
  requestAnimationFrame(() => tryFocus(10));
}

/** One key to a new pain point on the selected card: the Pain points tab opens with the focus in its text. */
export const PAIN_POINT_ACTIONS = defineActions([
  {
    id: 'add-pain-point',
    labelKey: 'action.addPainPoint',
    descriptionKey: 'action.addPainPoint.description',
    group: 'Cards',
    // P itself is the card's pain points at the cell cursor (canvas/keyboard), which follows the selection too:
    // one key, one action in the shortcut sheet. This one is the palette's, for the selected card.
    enabled: (ctx) => free(ctx) && oneCard(ctx.state),
    perform: ({ store }) => {
      store.getState().showPanel('painPoints');
      focusPainField();
    },
  },
]);
