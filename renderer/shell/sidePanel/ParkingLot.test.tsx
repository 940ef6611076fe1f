import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { makeNote } from '../../../shared/factories';
import { renderEditor } from '../../../test/helpers/renderEditor';
import { SidePanel } from './SidePanel';

const QUEUES = 'Queues at the till to pay';

function onParkingLot() {
  const r = renderEditor(<SidePanel />);
  act(() => r.store.getState().showPanel('parkingLot'));
  return r;
}

describe('the parking lot', () => {
  it('adds a loose note with Enter, lists it with its count on the tab, and Undo takes it back', () => {
    const { store } = onParkingLot();
    const field = screen.getByLabelText('New note for the parking lot');
    fireEvent.change(field, { target: { value: 'Who owns the refund rules?' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(store.getState().doc.notes).toEqual([
      expect.objectContaining({ cardId: null, text: 'Who owns the refund rules?' }),
    ]);
    expect(screen.getByText('Who owns the refund rules?')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Parking lot\s*1/ })).toBeTruthy();
    act(() => void store.getState().undo());
    expect(store.getState().doc.notes).toEqual([]);
    expect(screen.getByText(/The parking lot is empty/)).toBeTruthy();
  });

  it('attaches a note from the keyboard to the selected card, offered first, as one undoable step', () => {
    const { store } = onParkingLot();
    const card = store.getState().doc.cards.find((c) => c.title === QUEUES)!;
    act(() => {
      store.getState().select([card.id]);
      store.getState().dispatch({ type: 'note/add', note: makeNote({ id: 'n1', text: '<b>not bold</b>' }) });
    });
    // Participant text is text: the angle brackets show, nothing is parsed as markup.
    const item = screen.getByRole('listitem', { name: 'Note: <b>not bold</b>' });
    expect(item.querySelector('b')).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Attach to card…' }));
    const picker = screen.getByLabelText('Attach to card') as HTMLSelectElement;
    expect(picker.value).toBe(card.id);
    expect(document.activeElement).toBe(picker);
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    expect(store.getState().doc.notes[0]?.cardId).toBe(card.id);
    expect(screen.queryByText('<b>not bold</b>')).toBeNull();
    act(() => void store.getState().undo());
    expect(store.getState().doc.notes[0]?.cardId).toBeNull();
  });

  it("shows a card's notes in the inspector with who wrote them, and sends one back to the parking lot", () => {
    const { store } = renderEditor(<SidePanel />);
    const card = store.getState().doc.cards.find((c) => c.title === QUEUES)!;
    act(() => {
      store.getState().dispatch({
        type: 'note/add',
        note: makeNote({ id: 'n1', cardId: card.id, text: 'Worst at noon', author: { name: 'Olena', team: 'Till' } }),
      });
      store.getState().select([card.id]);
    });
    const section = screen.getByRole('region', { name: 'Notes from the room' });
    expect(within(section).getByText('Worst at noon')).toBeTruthy();
    expect(within(section).getByText('by Olena (Till)')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Back to the parking lot' }));
    expect(store.getState().doc.notes[0]?.cardId).toBeNull();
    expect(within(section).queryByText('Worst at noon')).toBeNull();
  });
});
