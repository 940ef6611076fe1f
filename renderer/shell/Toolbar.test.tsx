import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { Toolbar } from './Toolbar';
import { StatusBar } from './StatusBar';
import { MapTitle } from './MapTitle';

const renderToolbar = () =>
  renderEditor((h) => (
    <ReactFlowProvider>
      <Toolbar client={h.client} />
      <StatusBar />
    </ReactFlowProvider>
  ));

describe('Toolbar', () => {
  it('adds a card to the first customer-actions cell when nothing is selected, selects it and starts its title', async () => {
    const { store, host } = renderToolbar();
    const before = store.getState().doc.cards.length;
    fireEvent.click(screen.getByRole('button', { name: '+ Card' }));
    const doc = store.getState().doc;
    expect(doc.cards).toHaveLength(before + 1);
    const added = doc.cards.find((c) => c.id === store.getState().selection[0])!;
    const firstStage = [...doc.stages].sort((a, b) => a.order - b.order)[0]!;
    expect(doc.lanes.find((l) => l.id === added.laneId)!.kind).toBe('customer');
    expect(added.stageId).toBe(firstStage.id);
    expect(store.getState().editing?.cardId).toBe(added.id);
    // The card reaches the file once, with the title typed into it.
    act(() => store.getState().commitEditing('Reads the reviews'));
    await store.getState().whenSynced();
    expect(host.doc.cards).toHaveLength(before + 1);
    expect(host.doc.cards.find((c) => c.id === added.id)?.title).toBe('Reads the reviews');
    expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(1);
  });

  it("adds a card to the selected card's cell", () => {
    const { store } = renderToolbar();
    const picked = store.getState().doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
    act(() => store.getState().select([picked.id]));
    fireEvent.click(screen.getByRole('button', { name: '+ Card' }));
    const added = store.getState().doc.cards.find((c) => c.id === store.getState().selection[0])!;
    expect(added.id).not.toBe(picked.id);
    expect([added.laneId, added.stageId]).toEqual([picked.laneId, picked.stageId]);
  });

  it('opens the find bar', () => {
    const { store } = renderToolbar();
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(store.getState().findOpen).toBe(true);
  });

  it('adds a stage at the end, and a lane of the chosen kind at the bottom, each undoable', () => {
    const { store } = renderToolbar();
    const stages = store.getState().doc.stages.length;
    fireEvent.click(screen.getByRole('button', { name: '+ Stage' }));
    const doc = store.getState().doc;
    expect(doc.stages).toHaveLength(stages + 1);
    const last = [...doc.stages].sort((a, b) => a.order - b.order).at(-1)!;
    expect(last.name).toBe(`Stage ${stages + 1}`);

    fireEvent.click(screen.getByRole('button', { name: 'Add lane' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Backstage actions' }));
    const lanes = [...store.getState().doc.lanes].sort((a, b) => a.order - b.order);
    expect(lanes.at(-1)).toMatchObject({ kind: 'backstage', title: 'Backstage actions' });
    expect(store.getState().past.map((e) => e.label)).toHaveLength(2);
    act(() => store.getState().undo());
    expect(store.getState().doc.lanes).toHaveLength(lanes.length - 1);
  });

  it('opens the shortcut sheet, the start screen and the export entry, and toggles the minimap', () => {
    const { store } = renderToolbar();
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(store.getState().dialog).toBe('shortcuts');
    fireEvent.click(screen.getByRole('button', { name: 'Map' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'New from template…' }));
    expect(store.getState().dialog).toBe('start');
    fireEvent.click(screen.getByRole('button', { name: 'Map' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Export…' }));
    expect(store.getState().dialog).toBe('export');
    expect(store.getState().minimap).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Minimap' }));
    expect(store.getState().minimap).toBe(false);
  });

  it('opens the path field of the start screen for Open… where the host has no file dialog', async () => {
    const { store } = renderToolbar();
    fireEvent.click(screen.getByRole('button', { name: 'Map' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Open…' }));
    await waitFor(() => expect(store.getState().dialog).toBe('start'));
    expect(store.getState().startFocus).toBe('open');
  });
});

describe('saving indicator', () => {
  it('says Saving… while a change is on its way to the file and Saved once the host has it', async () => {
    const { store, host } = renderToolbar();
    expect(screen.getByRole('status').textContent).toBe('Saved');
    host.hold();
    fireEvent.click(screen.getByRole('button', { name: '+ Stage' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saving…'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    host.release();
    await store.getState().whenSynced();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('says Saved while a new card is being titled, and Saving… from the moment the card is sent', async () => {
    const { store, host } = renderToolbar();
    host.hold();
    fireEvent.click(screen.getByRole('button', { name: '+ Card' }));
    expect(store.getState().editing).not.toBeNull();
    // The card waits for its title, as a field being typed in does: nothing is on its way to the file yet.
    await new Promise((r) => setTimeout(r, 20));
    expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Saved');
    act(() => store.getState().commitEditing('Reads the reviews'));
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    host.release();
    await store.getState().whenSynced();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('says Saving… while a new card goes to the file without a change to the map (Redo with nothing to redo)', async () => {
    const { store, host } = renderToolbar();
    host.hold();
    fireEvent.click(screen.getByRole('button', { name: '+ Card' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('status').textContent).toBe('Saved');
    const doc = store.getState().doc;
    act(() => store.getState().redo());
    expect(store.getState().doc).toBe(doc);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await waitFor(() => expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    host.release();
    await store.getState().whenSynced();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });
});

describe('MapTitle', () => {
  it('renames the map on double-click and Enter, as one undoable step', () => {
    const { store } = renderEditor(<MapTitle />);
    fireEvent.doubleClick(screen.getByRole('heading', { name: 'Retail checkout — new POS rollout' }));
    const input = screen.getByRole('textbox', { name: 'Map title' });
    fireEvent.change(input, { target: { value: 'Open an account' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('heading', { name: 'Open an account' })).toBeTruthy();
    expect(store.getState().doc.meta.title).toBe('Open an account');
    act(() => store.getState().undo());
    expect(store.getState().doc.meta.title).toBe('Retail checkout — new POS rollout');
  });

  it('keeps the title when the rename is cancelled with Esc or left empty', () => {
    const { store } = renderEditor(<MapTitle />);
    fireEvent.doubleClick(screen.getByRole('heading'));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Something else' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    fireEvent.doubleClick(screen.getByRole('heading'));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '  ' } });
    fireEvent.blur(screen.getByRole('textbox'));
    expect(store.getState().doc.meta.title).toBe('Retail checkout — new POS rollout');
    expect(store.getState().past).toEqual([]);
  });
});
