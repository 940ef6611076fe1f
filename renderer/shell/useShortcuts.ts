import { useEffect } from 'react';
import { listenForActionKeys } from '../ui/actions/dispatcher';
import { PRESENT_ACTIONS } from '../present/presentActions';
import { useEditorStore } from '../store/useEditor';
import { ACTIONS } from './actions/registry';
import { useActionContext } from './actions/useRunAction';

/**
 * The one keyboard dispatcher of the window: every key goes to the registry's actions (docs/adr/0011). Keys typed
 * in a text field stay the field's, and keys pressed in a dialog the dialog's. preventDefault, done only when an
 * action ran, also keeps the desktop menu's accelerator for the same key from running it a second time.
 * While the map is presented only the presentation's keys act: a clicker's or a stray key never edits the map
 * in front of the room (Delete, N, Enter, Ctrl+Z wait until Esc).
 */
export function useShortcuts(): void {
  const context = useActionContext();
  const store = useEditorStore();
  useEffect(
    () =>
      listenForActionKeys(
        window,
        () => (store.getState().presenting ? PRESENT_ACTIONS : ACTIONS),
        (e) => context('key', e),
      ),
    [context, store],
  );
}
