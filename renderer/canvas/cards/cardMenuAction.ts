import type { MenuAction } from '../../../shared/api/contract';
import { isTextField } from '../../ui/textField';
import type { EditorStore } from '../../store/editorStore';
import { rememberedPayload } from '../../store/clipboard';
import { pasteTarget } from './useClipboardEvents';

/**
 * Handles the Edit menu's card actions (`menu/action` from the host): Delete and Select All act on cards;
 * Cut and Copy raise the DOM clipboard events the canvas already handles; Paste, which a page may not raise,
 * pastes what this window copied last. Returns false for anything it leaves to others: other actions, or any
 * action while a text field has focus (it belongs to the field) or a dialog is open.
 */
export function cardMenuAction(store: EditorStore, action: MenuAction): boolean {
  const s = store.getState();
  if (isTextField(document.activeElement) || s.dialog || s.editing) return false;
  switch (action) {
    case 'delete':
      s.deleteSelection();
      return true;
    case 'select-all':
      s.selectAllCards();
      return true;
    case 'cut':
    case 'copy':
      document.execCommand(action);
      return true;
    case 'paste': {
      if (document.execCommand('paste')) return true;
      const payload = rememberedPayload();
      if (payload) s.pastePayload(payload, pasteTarget(s));
      return true;
    }
    default:
      return false;
  }
}
