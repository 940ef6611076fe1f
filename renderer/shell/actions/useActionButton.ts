import { useT } from '../../i18n';
import { actionDescription, actionLabel } from '../../ui/actions/action';
import { keyLabel } from '../../ui/actions/keys';
import { actionById } from './registry';
import { useRunAction } from './useRunAction';

/**
 * What a toolbar button needs from an action: its tooltip (description and key) and a click handler that runs
 * it, if it is enabled at that moment.
 */
export function useActionButton(id: string): { title: string; onClick: () => void } {
  // Subscribes the button to the UI language, so its tooltip follows a switch.
  useT('actions');
  const run = useRunAction();
  const action = actionById(id);
  if (!action) throw new Error(`no action "${id}" in the registry`);
  const key = action.keys?.[0];
  const text = actionDescription(action) ?? actionLabel(action);
  return { title: key ? `${text} (${keyLabel(key)})` : text, onClick: () => void run(id, 'button') };
}
