import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../shared/commands/types';
import { singleCommandSchema } from '../../shared/commands/types';
import { makeCard } from '../../shared/factories';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { createEditorStore } from './editorStore';

function setup() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  const queues = opened.doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
  const fresh = makeCard({ laneId: queues.laneId, stageId: queues.stageId, order: 1000 });
  const add: Command = { type: 'card/add', card: fresh };
  const title = (t: string): Command => ({ type: 'card/update', id: fresh.id, patch: { title: t } });
  const applies = () =>
    host.calls.filter((c) => c.name === 'map/apply').map((c) => (c.args as { command: Command }).command);
  const lastId = () => store.getState().past.at(-1)!.id;
  const cardIn = (doc = store.getState().doc) => doc.cards.find((c) => c.id === fresh.id);
  return { store, host, queues, fresh, add, title, applies, lastId, cardIn };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('history that joins steps', () => {
  it('joins a title to the card added before it: one undo step, and one map/apply carrying the card with its title', async () => {
    const { store, host, add, title, applies, lastId, cardIn } = setup();
    expect(store.getState().dispatch(add, 'Add card', 'open')).toBe(true);
    expect(cardIn()?.title).toBe('');
    await store.getState().whenSynced();
    // Held open: nothing reaches the file until the step is complete.
    expect(applies()).toEqual([]);
    expect(store.getState().dispatch(title('Pays by card'), 'Rename card', { join: lastId() })).toBe(true);
    expect(cardIn()?.title).toBe('Pays by card');
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card']);
    await store.getState().whenSynced();
    expect(applies()).toEqual([{ ...add, card: { ...(add as { card: object }).card, title: 'Pays by card' } }]);
    expect(cardIn(host.doc)?.title).toBe('Pays by card');
    expect(store.getState().revision).toBe(1);
  });

  it('refuses to join when the last step is a different one, and records the command as a step of its own', async () => {
    const { store, queues, add, title, applies, lastId } = setup();
    store.getState().dispatch(add, 'Add card', 'open');
    const added = lastId();
    store.getState().dispatch({ type: 'card/update', id: queues.id, patch: { notes: 'busy on Saturdays' } });
    store.getState().dispatch(title('Pays by card'), 'Rename card', { join: added });
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card', 'Edit card', 'Rename card']);
    await store.getState().whenSynced();
    // The open step was sent as soon as another edit came, so the file gets all three in the order made.
    expect(applies().map((c) => c.type)).toEqual(['card/add', 'card/update', 'card/update']);
    store.getState().undo();
    expect(store.getState().doc.cards.find((c) => c.id === (add as { card: { id: string } }).card.id)?.title).toBe('');
  });

  it('undoes a joined step as a whole and redoes it as a whole, one map/apply each', async () => {
    const { store, host, add, title, applies, lastId, cardIn } = setup();
    const before = store.getState().doc;
    store.getState().dispatch(add, 'Add card', 'open');
    store.getState().dispatch(title('Pays by card'), 'Rename card', { join: lastId() });
    store.getState().undo();
    expect(cardIn()).toBeUndefined();
    expect(store.getState().doc).toEqual(before);
    expect(store.getState().future.map((e) => e.label)).toEqual(['Add card']);
    store.getState().redo();
    expect(cardIn()?.title).toBe('Pays by card');
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(3);
    expect(cardIn(host.doc)?.title).toBe('Pays by card');
    store.getState().undo();
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(4);
    expect(host.doc).toEqual(before);
  });

  it('takes back an open step without ever sending it, and redo then sends it', async () => {
    const { store, host, add, applies, cardIn } = setup();
    store.getState().dispatch(add, 'Add card', 'open');
    store.getState().undo();
    await store.getState().whenSynced();
    expect(cardIn()).toBeUndefined();
    expect(applies()).toEqual([]);
    store.getState().redo();
    await store.getState().whenSynced();
    expect(applies()).toEqual([add]);
    expect(cardIn(host.doc)).toBeDefined();
  });

  it('joins a command to a step that was already sent: one undo step, the new command sent on its own', async () => {
    const { store, queues, applies, lastId } = setup();
    const note = (notes: string): Command => ({ type: 'card/update', id: queues.id, patch: { notes } });
    store.getState().dispatch(note('one'), 'Edit notes');
    store.getState().dispatch(note('two'), 'Edit notes', { join: lastId() });
    expect(store.getState().past).toHaveLength(1);
    await store.getState().whenSynced();
    expect(applies()).toEqual([note('one'), note('two')]);
    store.getState().undo();
    expect(store.getState().doc.cards.find((c) => c.id === queues.id)?.notes).toBe(queues.notes);
  });

  it('keeps a step joined many times flat enough for the host to take back in one map/apply', async () => {
    const { store, host, queues, applies, lastId } = setup();
    const note = (notes: string): Command => ({ type: 'card/update', id: queues.id, patch: { notes } });
    store.getState().dispatch(note('n'), 'Edit notes');
    const step = lastId();
    for (let i = 1; i <= 20; i += 1) store.getState().dispatch(note('n'.repeat(i + 1)), 'Edit notes', { join: step });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(22);
    expect(store.getState().error).toBeNull();
    expect(host.doc.cards.find((c) => c.id === queues.id)?.notes).toBe(queues.notes);
  });

  it('checks each new command once, and replays undo and redo without parsing again', async () => {
    const { store, host, add, title, lastId } = setup();
    const parse = vi.spyOn(singleCommandSchema, 'safeParse');
    host.hold();
    store.getState().dispatch(add, 'Add card', 'open');
    store.getState().dispatch(title('Pays by card'), 'Rename card', { join: lastId() });
    expect(parse).toHaveBeenCalledTimes(2);
    store.getState().undo();
    store.getState().redo();
    store.getState().undo();
    expect(parse).toHaveBeenCalledTimes(2);
    host.release();
    await store.getState().whenSynced();
  });

  it('refuses a new command the schema does not allow, says why, and keeps the history', async () => {
    const { store, host, queues } = setup();
    store.getState().dispatch({ type: 'card/update', id: queues.id, patch: { notes: 'busy' } });
    const tooLong = 'x'.repeat(501);
    expect(store.getState().dispatch({ type: 'card/update', id: queues.id, patch: { title: tooLong } })).toBe(false);
    expect(store.getState().error).toMatch(/title/);
    expect(store.getState().past).toHaveLength(1);
    await store.getState().whenSynced();
    expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(1);
  });
});

describe('a new card and its title', () => {
  it('reach the host as one map/apply carrying the card with its title; undo and redo are one step each', async () => {
    const { store, host, queues, applies } = setup();
    const id = store.getState().addCardInCell(queues.laneId, queues.stageId)!;
    store.getState().commitEditing('Pays by card');
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(1);
    expect(JSON.stringify(applies()[0])).toContain('"title":"Pays by card"');
    expect(host.doc.cards.find((c) => c.id === id)?.title).toBe('Pays by card');
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card']);
    store.getState().undo();
    store.getState().redo();
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(3);
    expect(host.doc.cards.find((c) => c.id === id)?.title).toBe('Pays by card');
  });

  it('sends nothing at all when a new card is cancelled with Escape', async () => {
    const { store, queues, applies } = setup();
    store.getState().addCardInCell(queues.laneId, queues.stageId);
    store.getState().cancelEditing();
    await store.getState().whenSynced();
    expect(applies()).toEqual([]);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
  });

  it('keeps the title when something else was changed while it was typed: the card is sent first, the title after', async () => {
    const { store, host, queues, applies } = setup();
    const id = store.getState().addCardInCell(queues.laneId, queues.stageId)!;
    store.getState().dispatch({ type: 'card/update', id: queues.id, patch: { notes: 'busy on Saturdays' } });
    store.getState().commitEditing('Pays by card');
    await store.getState().whenSynced();
    expect(applies().map((c) => c.type)).toEqual(['card/add', 'card/update', 'card/update']);
    expect(host.doc.cards.find((c) => c.id === id)?.title).toBe('Pays by card');
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card', 'Edit card', 'Rename card']);
  });

  it('keeps the first card’s title when the next card is made straight after it', async () => {
    const { store, host, queues, applies } = setup();
    const first = store.getState().addCardInCell(queues.laneId, queues.stageId)!;
    store.getState().commitEditing('Pays by card');
    const second = store.getState().addCardAfter(first)!;
    store.getState().commitEditing('Takes the receipt');
    await store.getState().whenSynced();
    expect(applies()).toHaveLength(2);
    expect(host.doc.cards.find((c) => c.id === first)?.title).toBe('Pays by card');
    expect(host.doc.cards.find((c) => c.id === second)?.title).toBe('Takes the receipt');
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card', 'Add card']);
  });
});
