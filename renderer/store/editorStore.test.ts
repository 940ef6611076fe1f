import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands/types';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { createEditorStore } from './editorStore';

function setup() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  const card = opened.doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
  const rename: Command = { type: 'card/update', id: card.id, patch: { title: 'Queues at the till' } };
  const titleOf = (doc = store.getState().doc) => doc.cards.find((c) => c.id === card.id)!.title;
  return { store, host, card, rename, titleOf };
}

describe('editor store', () => {
  it('applies a command at once, then sends it to the host with the revision it was based on', async () => {
    const { store, host, rename, titleOf } = setup();
    host.hold();
    expect(store.getState().dispatch(rename)).toBe(true);
    expect(titleOf()).toBe('Queues at the till');
    expect(store.getState().revision).toBe(0);
    host.release();
    await store.getState().whenSynced();
    expect(host.calls.filter((c) => c.name === 'map/apply')).toEqual([
      // The window names itself, so it can tell its own commands from others' in the host's map/applied events.
      { name: 'map/apply', args: { command: rename, baseRevision: 0, origin: expect.stringMatching(/^w/) } },
    ]);
    expect(store.getState().revision).toBe(1);
    expect(titleOf(host.doc)).toBe('Queues at the till');
  });

  it('sends commands in the order they were made, each on the revision before it', async () => {
    const { store, host, card } = setup();
    host.hold();
    for (const title of ['one', 'two', 'three'])
      store.getState().dispatch({ type: 'card/update', id: card.id, patch: { title } });
    host.release();
    await store.getState().whenSynced();
    const applies = host.calls
      .filter((c) => c.name === 'map/apply')
      .map((c) => c.args as { baseRevision: number; command: { patch: { title: string } } });
    expect(applies.map((a) => [a.command.patch.title, a.baseRevision])).toEqual([
      ['one', 0],
      ['two', 1],
      ['three', 2],
    ]);
    expect(store.getState().revision).toBe(3);
  });

  it('undoes through the same path and redoes by applying the command again', async () => {
    const { store, host, rename, titleOf } = setup();
    store.getState().dispatch(rename);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Edit card']);
    store.getState().undo();
    expect(titleOf()).toBe('Queues at the till to pay');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future.map((e) => e.label)).toEqual(['Edit card']);
    store.getState().redo();
    expect(titleOf()).toBe('Queues at the till');
    await store.getState().whenSynced();
    expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(3);
    expect(titleOf(host.doc)).toBe('Queues at the till');
    expect(store.getState().revision).toBe(3);
  });

  it('forgets the redo steps once a new edit is made', () => {
    const { store, rename, card } = setup();
    store.getState().dispatch(rename);
    store.getState().undo();
    store.getState().dispatch({ type: 'card/update', id: card.id, patch: { notes: 'busy on Saturdays' } });
    expect(store.getState().future).toEqual([]);
    expect(store.getState().past).toHaveLength(1);
  });

  it('does nothing on undo or redo when there is nothing to take back or do again', () => {
    const { store, host } = setup();
    store.getState().undo();
    store.getState().redo();
    expect(host.calls).toEqual([]);
    expect(store.getState().error).toBeNull();
  });

  it('reloads the map and shows the message when the host refuses a command', async () => {
    const { store, host, rename, titleOf } = setup();
    host.refuseNextApply({ code: 'conflict', message: 'the file is read-only' });
    store.getState().dispatch(rename);
    expect(titleOf()).toBe('Queues at the till');
    await store.getState().whenSynced();
    expect(titleOf()).toBe('Queues at the till to pay');
    expect(store.getState().error).toMatch(/Edit card was not saved: the file is read-only.*reloaded/);
    expect(store.getState().past).toEqual([]);
    expect(host.calls.map((c) => c.name)).toEqual(['map/apply', 'map/current']);
  });

  it('drops the commands queued behind a refused one instead of sending them onto the reloaded map', async () => {
    const { store, host, card, rename } = setup();
    host.hold();
    // Refused on its merits (an unreachable host or a full disk is an io error: those edits are kept and sent again).
    host.refuseNextApply({ code: 'invalid', message: 'the card no longer fits the map' });
    store.getState().dispatch(rename);
    store.getState().dispatch({ type: 'card/update', id: card.id, patch: { notes: 'later' } });
    host.release();
    await store.getState().whenSynced();
    expect(host.calls.map((c) => c.name)).toEqual(['map/apply', 'map/current']);
    expect(store.getState().doc).toEqual(host.doc);
  });

  it('refuses a command that does not fit the map without sending it, and says why', async () => {
    const { store, host } = setup();
    expect(store.getState().dispatch({ type: 'card/delete', id: 'no-such-card' })).toBe(false);
    await store.getState().whenSynced();
    expect(host.calls).toEqual([]);
    expect(store.getState().error).toMatch(/does not exist/);
    expect(store.getState().past).toEqual([]);
  });

  it('keeps selection and panels out of the document', () => {
    const { store, card } = setup();
    const doc = store.getState().doc;
    store.getState().select([card.id]);
    store.getState().togglePanel('inspector');
    expect(store.getState().selection).toEqual([card.id]);
    expect(store.getState().openPanels).toEqual(['inspector']);
    expect(store.getState().doc).toBe(doc);
  });
});
