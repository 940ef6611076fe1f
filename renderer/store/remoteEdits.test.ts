import { describe, expect, it } from 'vitest';
import { makePainPoint } from '../../shared/factories';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { createEditorStore } from './editorStore';
import { touchedIds } from './remoteEdits';

/** A window on the sample map whose host also takes edits from elsewhere (a participant, another window). */
function setup() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  // As useHostEvents does in the app.
  host.client.onEvent('map/applied', (e) => store.getState().applyRemote(e));
  const [first, second] = opened.doc.cards;
  const titleOf = (id: string, doc = store.getState().doc) => doc.cards.find((c) => c.id === id)?.title;
  return { store, host, first: first!, second: second!, titleOf };
}

describe('edits made elsewhere', () => {
  it('reach this window without clearing its undo steps, and undo takes back only its own', async () => {
    const { store, host, first, second, titleOf } = setup();
    store.getState().dispatch({ type: 'card/update', id: first.id, patch: { title: 'Mine' } });
    await store.getState().whenSynced();
    const pain = makePainPoint({ cardId: second.id, title: 'From the room' });
    host.applyElsewhere({ type: 'painPoint/add', painPoint: pain });
    expect(store.getState().doc.painPoints.some((p) => p.id === pain.id)).toBe(true);
    expect(store.getState().revision).toBe(host.revision);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    await store.getState().whenSynced();
    expect(titleOf(first.id)).toBe(first.title);
    // The participant's pain point stays, here and in the file.
    expect(store.getState().doc.painPoints.some((p) => p.id === pain.id)).toBe(true);
    expect(host.doc).toEqual(store.getState().doc);
  });

  it('refuses to undo a step whose object someone else changed since, and says so', async () => {
    const { store, host, first, titleOf } = setup();
    store.getState().dispatch({ type: 'card/update', id: first.id, patch: { title: 'Mine' } });
    await store.getState().whenSynced();
    host.applyElsewhere({ type: 'card/update', id: first.id, patch: { title: 'Theirs' } });
    expect(titleOf(first.id)).toBe('Theirs');
    store.getState().undo();
    expect(titleOf(first.id)).toBe('Theirs');
    expect(store.getState().error).toMatch(/was not undone: a participant changed what it changed/);
    expect(store.getState().past).toHaveLength(0);
    await store.getState().whenSynced();
    expect(host.doc).toEqual(store.getState().doc);
  });

  it('puts a command made elsewhere under this window’s unconfirmed one, as the host orders them', async () => {
    const { store, host, first, second, titleOf } = setup();
    host.hold();
    store.getState().dispatch({ type: 'card/update', id: first.id, patch: { title: 'Mine, in flight' } });
    host.applyElsewhere({ type: 'card/update', id: second.id, patch: { title: 'Theirs, first on the host' } });
    expect(titleOf(first.id)).toBe('Mine, in flight');
    expect(titleOf(second.id)).toBe('Theirs, first on the host');
    host.release();
    await store.getState().whenSynced();
    // The host took the window's command on top of the other one: nothing was reloaded, both are there.
    expect(store.getState().error).toBeNull();
    expect(store.getState().revision).toBe(host.revision);
    expect(host.doc).toEqual(store.getState().doc);
    expect(store.getState().past).toHaveLength(1);
  });

  it('names the objects a command changes, not the ones it points at', () => {
    const pain = makePainPoint({ cardId: 'card-a', title: 'x' });
    expect([...touchedIds({ type: 'painPoint/add', painPoint: pain })]).toEqual([pain.id]);
    expect([...touchedIds({ type: 'doc/patch', remove: { cards: ['c1', 'c2'] } })].sort()).toEqual(['c1', 'c2']);
  });
});
