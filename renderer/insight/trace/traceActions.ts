import { defineActions } from '../../ui/actions/action';

/**
 * While a trace is shown, Escape ends it — and only it: the action runs in the capture phase and stops the key,
 * so the same press does not also clear the selection.
 */
export const TRACE_ACTIONS = defineActions([
  {
    id: 'clear-trace',
    labelKey: 'action.clearTrace',
    group: 'Map',
    keys: ['Escape'],
    keysShown: ['Esc'],
    capture: true,
    enabled: ({ state }) => state.tracedPainPointId !== null,
    perform: ({ store }) => store.getState().clearTrace(),
  },
]);
