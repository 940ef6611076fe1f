import { describe, expect, it } from 'vitest';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { createCanvasPort } from '../../ui/actions/canvasPort';
import { CARD_ACTIONS } from './cardActions';

function setup() {
  const opened = sampleOpened();
  return createEditorStore(opened, createFakeHost(opened).client);
}

/** Runs a card action as the Edit menu asks for it; true when it ran. */
function fromMenu(store: EditorStore, id: string): boolean {
  const action = CARD_ACTIONS.find((a) => a.id === id);
  if (!action) return false;
  const ctx = {
    store,
    state: store.getState(),
    canvas: createCanvasPort(),
    client: null,
    source: 'menu' as const,
    event: null,
  };
  if (action.enabled && !action.enabled(ctx)) return false;
  return action.perform(ctx) !== false;
}

describe('the card actions, as the menu runs them', () => {
  it('selects every card on Select All and deletes the selection on Delete', () => {
    const store = setup();
    const count = store.getState().doc.cards.length;
    expect(fromMenu(store, 'select-all')).toBe(true);
    expect(store.getState().selection).toHaveLength(count);
    expect(fromMenu(store, 'delete')).toBe(true);
    expect(store.getState().doc.cards).toEqual([]);
  });

  it('leaves actions to a focused text field and ignores the ones that are not about cards', () => {
    const store = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(fromMenu(store, 'select-all')).toBe(false);
    input.remove();
    expect(fromMenu(store, 'zoom-in')).toBe(false);
    expect(store.getState().selection).toEqual([]);
  });
});
