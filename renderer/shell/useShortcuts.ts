import { useEffect } from 'react';
import { listenForActionKeys } from '../ui/actions/dispatcher';
import { ACTIONS } from './actions/registry';
import { useActionContext } from './actions/useRunAction';

/**
 * The one keyboard dispatcher of the window: every key goes to the registry's actions (docs/adr/0011). Keys typed
 * in a text field stay the field's, and keys pressed in a dialog the dialog's. preventDefault, done only when an
 * action ran, also keeps the desktop menu's accelerator for the same key from running it a second time.
 */
export function useShortcuts(): void {
  const context = useActionContext();
  useEffect(
    () =>
      listenForActionKeys(
        window,
        () => ACTIONS,
        (e) => context('key', e),
      ),
    [context],
  );
}
