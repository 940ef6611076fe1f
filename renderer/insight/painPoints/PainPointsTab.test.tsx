import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { renderEditor } from '../../../test/helpers/renderEditor';
import type { EditorStore } from '../../store/editorStore';
import { PainPointsTab } from './PainPointsTab';

const QUEUES = 'Queues at the till to pay';
const REKEYS = 'Cashier re-keys warranty and delivery details by hand';
const cardTitled = (store: EditorStore, title: string) => store.getState().doc.cards.find((c) => c.title === title)!;
const painTitled = (store: EditorStore, title: string) =>
  store.getState().doc.painPoints.find((p) => p.title === title);

function withSelected(title: string) {
  const r = renderEditor(
    <ReactFlowProvider>
      <PainPointsTab />
    </ReactFlowProvider>,
  );
  const card = cardTitled(r.store, title);
  act(() => r.store.getState().select([card.id]));
  const sent = () => r.store.getState().past.map((e) => e.redo);
  return { ...r, card, sent };
}

function addPain(text: string) {
  const input = screen.getByLabelText('New pain point') as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.submit(input.closest('form')!);
}

describe('the pain points tab', () => {
  it('asks for a card when none is selected', () => {
    renderEditor(
      <ReactFlowProvider>
        <PainPointsTab />
      </ReactFlowProvider>,
    );
    expect(screen.getByText(/Select one card to see its pain points/)).toBeTruthy();
  });

  it('adds a pain point with Enter as one command, customer-side on a customer card, and clears the field', () => {
    const { card, sent, store } = withSelected(QUEUES);
    addPain('Card reader times out');
    const pain = painTitled(store, 'Card reader times out')!;
    expect(pain).toMatchObject({ cardId: card.id, side: 'customer', severity: 3, reach: 3, votes: 0, status: 'open' });
    expect(sent()).toEqual([{ type: 'painPoint/add', painPoint: pain }]);
    expect((screen.getByLabelText('New pain point') as HTMLInputElement).value).toBe('');
  });

  it('starts a pain point on a backstage card on the employee side and ignores an empty title', () => {
    const { sent, store } = withSelected(REKEYS);
    addPain('   ');
    expect(sent()).toEqual([]);
    addPain('Two screens for one sale');
    expect(painTitled(store, 'Two screens for one sale')?.side).toBe('employee');
  });

  it('commits an edited title once on blur and a severity with one click, each undoable', () => {
    const { sent, store } = withSelected(QUEUES);
    const pain = painTitled(store, 'Waits 8+ minutes at peak times')!;
    fireEvent.click(screen.getByRole('button', { name: /^Waits 8\+ minutes at peak times, severity/ }));
    const title = screen.getByLabelText('Pain point') as HTMLInputElement;
    for (const t of ['W', 'Waits 10', 'Waits 10+ minutes at peak times'])
      fireEvent.change(title, { target: { value: t } });
    expect(sent()).toEqual([]);
    fireEvent.blur(title);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /Severity/ })).getByRole('radio', { name: '3' }));
    expect(sent()).toEqual([
      { type: 'painPoint/update', id: pain.id, patch: { title: 'Waits 10+ minutes at peak times' } },
      { type: 'painPoint/update', id: pain.id, patch: { severity: 3 } },
    ]);
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(painTitled(store, 'Waits 8+ minutes at peak times')?.severity).toBe(5);
  });

  it('dot-votes with +1, one undo step per vote', () => {
    const { store } = withSelected(QUEUES);
    const button = screen.getByRole('button', { name: 'Dot-vote for Waits 8+ minutes at peak times' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(painTitled(store, 'Waits 8+ minutes at peak times')?.votes).toBe(8);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Dot-vote', 'Dot-vote']);
    act(() => store.getState().undo());
    expect(painTitled(store, 'Waits 8+ minutes at peak times')?.votes).toBe(7);
  });

  it('deletes a pain point and undo brings it back with the actions that answered it', () => {
    const { store } = withSelected(QUEUES);
    const before = store.getState().doc;
    fireEvent.click(screen.getByRole('button', { name: /^Waits 8\+ minutes at peak times, severity/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(painTitled(store, 'Waits 8+ minutes at peak times')).toBeUndefined();
    expect(screen.getByText('None yet.')).toBeTruthy();
    act(() => store.getState().undo());
    expect(store.getState().doc).toEqual(before);
  });

  it('adds an action answering the pain point, owned by the card’s team', () => {
    const { store } = withSelected(REKEYS);
    const card = cardTitled(store, REKEYS);
    fireEvent.click(screen.getByRole('button', { name: /^Warranty and delivery fields typed twice, severity/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    const input = screen.getByLabelText('New action');
    fireEvent.change(input, { target: { value: 'Scan the warranty card' } });
    fireEvent.submit(input.closest('form')!);
    const action = store.getState().doc.opportunities.find((o) => o.title === 'Scan the warranty card')!;
    const pain = painTitled(store, 'Warranty and delivery fields typed twice')!;
    expect(action).toMatchObject({ painPointIds: [pain.id], ownerTeamId: card.ownerTeamId, status: 'idea' });
    expect(screen.getByText('Actions answering it (2)')).toBeTruthy();
  });

  it('traces a customer pain point and lists the employee pain behind it; Clear trace ends it', () => {
    const { store } = withSelected(QUEUES);
    fireEvent.click(screen.getByRole('button', { name: /^Waits 8\+ minutes at peak times, severity/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Trace' }));
    expect(store.getState().tracedPainPointId).toBe(painTitled(store, 'Waits 8+ minutes at peak times')!.id);
    const trace = screen.getByRole('region', { name: 'Root-cause trace' });
    expect(within(trace).getByText('Employee pain behind this')).toBeTruthy();
    expect(within(trace).getByText('Card terminal handshake takes up to 40 s')).toBeTruthy();
    expect(within(trace).getByText('Warranty and delivery fields typed twice')).toBeTruthy();
    fireEvent.click(within(trace).getByRole('button', { name: 'Clear trace' }));
    expect(store.getState().tracedPainPointId).toBeNull();
    expect(screen.queryByRole('region', { name: 'Root-cause trace' })).toBeNull();
  });

  it('offers no Trace for an employee pain point', () => {
    withSelected(REKEYS);
    fireEvent.click(screen.getByRole('button', { name: /^Warranty and delivery fields typed twice, severity/ }));
    expect(screen.queryByRole('button', { name: 'Trace' })).toBeNull();
  });
});
