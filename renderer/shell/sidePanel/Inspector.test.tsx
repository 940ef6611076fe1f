import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Command } from '../../../shared/commands/types';
import { renderEditor } from '../../../test/helpers/renderEditor';
import type { EditorStore } from '../../store/editorStore';
import { SidePanel } from './SidePanel';

const cardTitled = (store: EditorStore, title: string) => store.getState().doc.cards.find((c) => c.title === title)!;
const QUEUES = 'Queues at the till to pay';

/** Renders the side panel with one card selected. */
function withSelected(title: string) {
  const r = renderEditor(<SidePanel />);
  const card = cardTitled(r.store, title);
  act(() => r.store.getState().select([card.id]));
  const sent = () => r.store.getState().past.map((e) => e.redo);
  return { ...r, card, sent };
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('the inspector', () => {
  it('commits a title once when the field loses focus, not once per keystroke', () => {
    const { card, sent } = withSelected(QUEUES);
    const title = field('Title');
    fireEvent.focus(title);
    for (const text of ['Q', 'Qu', 'Queue at the till']) fireEvent.change(title, { target: { value: text } });
    expect(sent()).toEqual([]);
    fireEvent.blur(title);
    expect(sent()).toEqual([{ type: 'card/update', id: card.id, patch: { title: 'Queue at the till' } }]);
  });

  it('commits notes on blur and a channel on Enter, each as its own undo step', () => {
    const { card, sent, store } = withSelected(QUEUES);
    fireEvent.change(field('Notes'), { target: { value: 'Worst on Saturdays' } });
    fireEvent.blur(field('Notes'));
    fireEvent.change(field('Channel'), { target: { value: 'store' } });
    fireEvent.keyDown(field('Channel'), { key: 'Enter' });
    expect(sent()).toEqual([
      { type: 'card/update', id: card.id, patch: { notes: 'Worst on Saturdays' } },
      { type: 'card/update', id: card.id, patch: { channel: 'store' } },
    ]);
    expect(cardTitled(store, QUEUES).channel).toBe('store');
  });

  it('puts the saved text back on Escape without committing', () => {
    const { sent } = withSelected(QUEUES);
    fireEvent.change(field('Title'), { target: { value: 'oops' } });
    fireEvent.keyDown(field('Title'), { key: 'Escape' });
    fireEvent.blur(field('Title'));
    expect(field('Title').value).toBe(QUEUES);
    expect(sent()).toEqual([]);
  });

  it('sets and clears the owner team from the drop-down', () => {
    const { card, sent, store } = withSelected('Nightly warranty registration batch');
    expect(screen.getByText(/Owner needed/)).toBeTruthy();
    const logistics = store.getState().doc.teams.find((t) => t.name === 'Logistics')!;
    fireEvent.change(field('Owner team'), { target: { value: logistics.id } });
    expect(cardTitled(store, 'Nightly warranty registration batch').ownerTeamId).toBe(logistics.id);
    expect(screen.queryByText(/Owner needed/)).toBeNull();
    fireEvent.change(field('Owner team'), { target: { value: '' } });
    expect(sent()).toEqual([
      { type: 'card/update', id: card.id, patch: { ownerTeamId: logistics.id } },
      { type: 'card/update', id: card.id, patch: { ownerTeamId: null } },
    ]);
  });

  it('adds tags with Enter or a comma and removes one with its × button', () => {
    const { card, sent, store } = withSelected(QUEUES);
    const input = field('Tags');
    fireEvent.change(input, { target: { value: 'peak' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'till, peak, Saturday' } });
    fireEvent.keyDown(input, { key: ',' });
    expect(cardTitled(store, QUEUES).tags).toEqual(['peak', 'till', 'Saturday']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag till' }));
    expect(sent().map((c) => (c as Extract<Command, { type: 'card/update' }>).patch.tags)).toEqual([
      ['peak'],
      ['peak', 'till', 'Saturday'],
      ['peak', 'Saturday'],
    ]);
    expect(sent().every((c) => c.type === 'card/update' && c.id === card.id)).toBe(true);
  });

  it("validates the key as it is typed and refuses one already used, in the command's words", () => {
    const { sent, store } = withSelected(QUEUES);
    const key = field('Key');
    fireEvent.change(key, { target: { value: 'Till' } });
    expect(screen.getByRole('alert').textContent).toMatch(/lower-case/);
    fireEvent.change(key, { target: { value: 'checkout' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'the key "checkout" is already used by the card "Till with the new POS"',
    );
    fireEvent.blur(key);
    expect(sent()).toEqual([]);
    fireEvent.change(key, { target: { value: 'till_queue' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(key, { key: 'Enter' });
    expect(cardTitled(store, QUEUES).key).toBe('till_queue');
  });

  it('sets the evidence status with the segmented control', () => {
    const { card, sent } = withSelected(QUEUES);
    const group = screen.getByRole('radiogroup', { name: 'Evidence' });
    expect(within(group).getByRole('radio', { name: 'Observed' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(within(group).getByRole('radio', { name: 'Proposed' }));
    expect(sent()).toEqual([{ type: 'card/update', id: card.id, patch: { evidence: 'proposed' } }]);
  });

  it('offers the emotion only for cards on emotion lanes', () => {
    const { sent, card } = withSelected('Long queue at the till');
    fireEvent.click(screen.getByRole('radio', { name: '−1' }));
    expect(sent()).toEqual([{ type: 'card/update', id: card.id, patch: { emotion: -1 } }]);
    const other = withSelected(QUEUES);
    expect(within(other.container).queryByRole('radiogroup', { name: /Emotion/ })).toBeNull();
  });

  it('sets the owner and evidence of several selected cards in one undoable step', () => {
    const r = renderEditor(<SidePanel />);
    const ids = ['Nightly warranty registration batch', 'Installer scheduling (proposed)'].map(
      (t) => cardTitled(r.store, t).id,
    );
    act(() => r.store.getState().select(ids));
    expect(screen.getByText('2 cards selected')).toBeTruthy();
    const logistics = r.store.getState().doc.teams.find((t) => t.name === 'Logistics')!;
    fireEvent.change(screen.getByLabelText('Owner team of all'), { target: { value: logistics.id } });
    fireEvent.click(screen.getByRole('radio', { name: 'Observed' }));
    const past = r.store.getState().past;
    expect(past.map((e) => e.label)).toEqual(['Set owner of 2 cards', 'Set evidence of 2 cards']);
    expect(
      r.store
        .getState()
        .doc.cards.filter((c) => ids.includes(c.id))
        .map((c) => [c.ownerTeamId, c.evidence]),
    ).toEqual([
      [logistics.id, 'observed'],
      [logistics.id, 'observed'],
    ]);
    act(() => r.store.getState().undo());
    expect(
      r.store
        .getState()
        .doc.cards.filter((c) => ids.includes(c.id))
        .every((c) => c.ownerTeamId === logistics.id),
    ).toBe(true);
    act(() => r.store.getState().undo());
    expect(
      r.store
        .getState()
        .doc.cards.filter((c) => ids.includes(c.id))
        .every((c) => c.ownerTeamId === null),
    ).toBe(true);
  });

  it('shows the map with its title block and edits the map title when nothing is selected', () => {
    const { store } = renderEditor(<SidePanel />);
    const block = screen.getByRole('region', { name: 'Title block' });
    expect(within(block).getByText('Maya')).toBeTruthy();
    expect(within(block).getByText('Tomasz')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Map title'), { target: { value: 'Checkout 2027' } });
    fireEvent.blur(screen.getByLabelText('Map title'));
    expect(store.getState().doc.meta.title).toBe('Checkout 2027');
    expect(within(block).getByRole('heading').textContent).toBe('Checkout 2027');
  });

  it('hides and shows again with togglePanels', () => {
    const { store, container } = renderEditor(<SidePanel />);
    act(() => store.getState().togglePanels());
    expect(container.querySelector('.side-panel')).toBeNull();
    act(() => store.getState().togglePanels());
    expect(container.querySelector('.side-panel')).not.toBeNull();
  });
});
