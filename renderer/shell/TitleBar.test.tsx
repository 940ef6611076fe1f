import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { TitleBar } from './TitleBar';
import { StatusBar } from './StatusBar';
import { useShortcuts } from './useShortcuts';

function WithShortcuts() {
  useShortcuts();
  return <TitleBar />;
}

const queueCard = (store: ReturnType<typeof renderEditor>['store']) =>
  store.getState().doc.cards.find((c) => c.title.startsWith('Queues'))!;

describe('TitleBar', () => {
  it('shows the map title and the file name without its folder', () => {
    renderEditor(<TitleBar />);
    expect(screen.getByRole('heading', { name: 'Retail checkout — new POS rollout' })).toBeTruthy();
    expect(screen.getByText('Sample map.tandem')).toBeTruthy();
  });

  it('disables Undo and Redo while there is nothing to undo or redo', () => {
    renderEditor(<TitleBar />);
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('names the step Undo would take back, and undoes it when clicked', () => {
    const { store } = renderEditor(<TitleBar />);
    const card = queueCard(store);
    act(() => {
      store.getState().dispatch({
        type: 'card/move',
        id: card.id,
        laneId: card.laneId,
        stageId: store.getState().doc.stages[0]!.id,
        order: 9,
      });
    });
    const undo = screen.getByRole('button', { name: 'Undo Move card' });
    expect(undo.getAttribute('title')).toMatch(/^Undo Move card/);
    fireEvent.click(undo);
    expect(queueCard(store).stageId).toBe(card.stageId);
    const redo = screen.getByRole('button', { name: 'Redo Move card' });
    fireEvent.click(redo);
    expect(queueCard(store).stageId).toBe(store.getState().doc.stages[0]!.id);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y', () => {
    const { store } = renderEditor(<WithShortcuts />);
    const card = queueCard(store);
    act(() => {
      store.getState().dispatch({ type: 'card/update', id: card.id, patch: { title: 'Queues' } });
    });
    act(() => void fireEvent.keyDown(window, { key: 'z', ctrlKey: true }));
    expect(queueCard(store).title).toBe('Queues at the till to pay');
    act(() => void fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true }));
    expect(queueCard(store).title).toBe('Queues');
    act(() => void fireEvent.keyDown(window, { key: 'z', metaKey: true }));
    act(() => void fireEvent.keyDown(window, { key: 'y', ctrlKey: true }));
    expect(queueCard(store).title).toBe('Queues');
  });
});

describe('StatusBar', () => {
  it('shows an error from the store readably and lets the user dismiss it', () => {
    const { store } = renderEditor(<StatusBar />);
    act(() => store.getState().showError('The file is read-only.'));
    expect(screen.getByRole('alert').textContent).toContain('The file is read-only.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts what is on the map in words that agree with the number: 1 card, 2 cards', () => {
    const { store, container } = renderEditor(<StatusBar />);
    const summary = () => container.querySelector('.status-bar__summary')?.textContent;
    expect(summary()).toBe('5 stages · 9 lanes · 35 cards');
    act(() => {
      for (const card of store.getState().doc.cards.slice(1))
        store.getState().dispatch({ type: 'card/delete', id: card.id });
    });
    expect(summary()).toBe('5 stages · 9 lanes · 1 card');
  });
});

describe('window title', () => {
  it('names the map, so the task bar shows which map is open', () => {
    renderEditor(<TitleBar />);
    expect(document.title).toBe('Retail checkout — new POS rollout — Tandem');
  });
});
