import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { applyCommand } from '../../shared/commands/apply';
import { renderEditor } from '../../test/helpers/renderEditor';
import { Editor } from './Editor';

const title = 'Queues at the till to pay';

describe('Editor', () => {
  it('undoes and redoes when the native menu asks for it', async () => {
    const { store, host } = renderEditor((h) => <Editor client={h.client} />);
    await screen.findByText(title);
    const card = store.getState().doc.cards.find((c) => c.title === title)!;
    act(() => void store.getState().dispatch({ type: 'card/update', id: card.id, patch: { title: 'Queues' } }));
    act(() => host.emit('menu/action', { action: 'undo' }));
    expect(await screen.findByText(title)).toBeTruthy();
    act(() => host.emit('menu/action', { action: 'redo' }));
    expect(await screen.findByText('Queues')).toBeTruthy();
  });

  it('reloads the map when the host says it changed elsewhere', async () => {
    const { store, host } = renderEditor((h) => <Editor client={h.client} />);
    await screen.findByText(title);
    // Another window commits a change: the host's revision moves past ours.
    const card = host.doc.cards.find((c) => c.title === title)!;
    await host.client['map/apply']({
      command: { type: 'card/update', id: card.id, patch: { title: 'Changed in the other window' } },
      baseRevision: 0,
    });
    act(() => host.emit('map/changed', { revision: host.revision }));
    expect(await screen.findByText('Changed in the other window')).toBeTruthy();
    await waitFor(() => expect(store.getState().revision).toBe(1));
  });

  it('shows a newly opened map with a fresh history', async () => {
    const { store, host } = renderEditor((h) => <Editor client={h.client} />);
    await screen.findByText(title);
    const card = store.getState().doc.cards.find((c) => c.title === title)!;
    act(() => void store.getState().dispatch({ type: 'card/update', id: card.id, patch: { notes: 'x' } }));
    const other = applyCommand(host.doc, { type: 'map/update', patch: { title: 'Bank: open an account' } }).doc;
    act(() => host.emit('map/opened', { doc: other, revision: 4, path: '/maps/bank.tandem' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bank: open an account' })).toBeTruthy();
    expect(screen.getByText('bank.tandem')).toBeTruthy();
    expect(store.getState().past).toEqual([]);
  });
  it('shows why a map the OS handed over could not be opened, on the start screen with the backup offer', async () => {
    const { host } = renderEditor((h) => <Editor client={h.client} />);
    await screen.findByText(title);
    const message = '"Bank.tandem" is damaged: it is empty (0 bytes). It was not opened; nothing in it was changed.';
    act(() => host.emit('map/openFailed', { path: '/maps/Bank.tandem', message }));
    expect(screen.getByRole('dialog', { name: 'Start a map' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(message);
    // The fake host keeps no backups: the offer says so.
    expect(await screen.findByText(/Tandem has no good backup of this map/, {}, { timeout: 5000 })).toBeTruthy();
    expect(host.calls).toContainEqual({ name: 'map/backups', args: { path: '/maps/Bank.tandem' } });
  });
  it('opens the shortcut sheet, the start screen and Export when the native menu asks for them', async () => {
    const { host } = renderEditor((h) => <Editor client={h.client} />);
    await screen.findByText(title);
    act(() => host.emit('menu/action', { action: 'shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    act(() => host.emit('menu/action', { action: 'new-from-template' }));
    expect(screen.getByRole('dialog', { name: 'Start a map' })).toBeTruthy();
    act(() => host.emit('menu/action', { action: 'export' }));
    expect(screen.getByRole('dialog', { name: 'Export' })).toBeTruthy();
  });
});
