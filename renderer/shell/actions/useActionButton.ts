import { useEditor } from '../../store/useEditor';
import { actionLabel } from '../../ui/actions/action';
import { keyLabel } from '../../ui/actions/keys';
import { actionById } from './registry';
import { isEnabled, useActionContext, useRunAction } from './useRunAction';

/**
 * What a toolbar button or menu item needs from an action: its tooltip (description and key), whether it is
 * enabled now, and a click handler that runs it.
 */
export function useActionButton(id: string): { title: string; disabled: boolean; onClick: () => void } {
  const run = useRunAction();
  const context = useActionContext();
  const action = actionById(id);
  if (!action) throw new Error(`no action "${id}" in the registry`);
  // Re-render when the state the action's enabled test reads changes; the test itself is cheap.
  const disabled = useEditor((s) => !isEnabled(action, context('button', null, s)));
  const key = action.keys?.[0];
  const text = action.description ?? actionLabel(action);
  return { title: key ? `${text} (${keyLabel(key)})` : text, disabled, onClick: () => void run(id, 'button') };
}
