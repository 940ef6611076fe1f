import { describe, expect, it } from 'vitest';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { createEditorStore } from '../../store/editorStore';
import { cardMenuAction } from './cardMenuAction';

function setup() {
  const opened = sampleOpened();
  return createEditorStore(opened, createFakeHost(opened).client);
}

describe('cardMenuAction', () => {
  it('selects every card on Select All and deletes the selection on Delete', () => {
    const store = setup();
    const count = store.getState().doc.cards.length;
    expect(cardMenuAction(store, 'select-all')).toBe(true);
    expect(store.getState().selection).toHaveLength(count);
    expect(cardMenuAction(store, 'delete')).toBe(true);
    expect(store.getState().doc.cards).toEqual([]);
  });

  it('leaves actions to a focused text field and ignores the ones that are not about cards', () => {
    const store = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(cardMenuAction(store, 'select-all')).toBe(false);
    input.remove();
    expect(cardMenuAction(store, 'zoom-in')).toBe(false);
    expect(store.getState().selection).toEqual([]);
  });
});
