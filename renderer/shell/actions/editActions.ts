import { defineActions, type ActionContext } from '../../ui/actions/action';
import { isTextField } from '../../ui/textField';

/** The menu's Undo while typing in a field means the field's undo, not the map's. */
function inField(ctx: ActionContext, command: 'undo' | 'redo'): boolean {
  if (ctx.source === 'key' || !isTextField(document.activeElement)) return false;
  document.execCommand(command);
  return true;
}

/** Undo and redo of the map's history. */
export const EDIT_ACTIONS = defineActions([
  {
    id: 'undo',
    labelKey: 'action.undo',
    group: 'Editing',
    keys: ['Mod+Z'],
    menu: { name: 'edit', section: 1 },
    enabled: ({ state }) => state.past.length > 0 || isTextField(document.activeElement),
    perform: (ctx) => {
      if (!inField(ctx, 'undo')) ctx.store.getState().undo();
    },
  },
  {
    id: 'redo',
    labelKey: 'action.redo',
    group: 'Editing',
    keys: ['Mod+Shift+Z', 'Ctrl+Y'],
    menu: { name: 'edit', section: 1 },
    enabled: ({ state }) => state.future.length > 0 || isTextField(document.activeElement),
    perform: (ctx) => {
      if (!inField(ctx, 'redo')) ctx.store.getState().redo();
    },
  },
]);
