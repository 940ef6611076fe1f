import { describe, expect, it } from 'vitest';
import { cellCards } from '../../shared/placement';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { copyPayload, parsePayload, payloadFromText, payloadText } from './clipboard';
import { createEditorStore } from './editorStore';

function setup() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  const card = (title: string) => store.getState().doc.cards.find((c) => c.title === title)!;
  return { store, host, card };
}

describe('creating and titling cards', () => {
  it('adds a card in a cell and, once its title is typed, keeps both as one undo step called "Add card"', async () => {
    const { store, host, card } = setup();
    const queues = card('Queues at the till to pay');
    const id = store.getState().addCardInCell(queues.laneId, queues.stageId)!;
    expect(store.getState().editing?.cardId).toBe(id);
    expect(store.getState().selection).toEqual([id]);
    expect(cellCards(store.getState().doc, queues.laneId, queues.stageId).at(-1)?.id).toBe(id);
    store.getState().commitEditing('Pays by card');
    expect(store.getState().editing).toBeNull();
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card']);
    expect(store.getState().doc.cards.find((c) => c.id === id)?.title).toBe('Pays by card');
    await store.getState().whenSynced();
    expect(host.doc.cards.find((c) => c.id === id)?.title).toBe('Pays by card');
    store.getState().undo();
    expect(store.getState().doc.cards.some((c) => c.id === id)).toBe(false);
  });

  it('takes a new card away again when its edit is cancelled or left empty, leaving nothing to redo', () => {
    const { store, card } = setup();
    const queues = card('Queues at the till to pay');
    const count = store.getState().doc.cards.length;
    store.getState().addCardInCell(queues.laneId, queues.stageId);
    store.getState().cancelEditing();
    store.getState().addCardAfter(queues.id);
    store.getState().commitEditing('   ');
    expect(store.getState().doc.cards).toHaveLength(count);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
  });

  it('puts a card made with the keyboard right after the selected one', () => {
    const { store, card } = setup();
    const queues = card('Queues at the till to pay');
    const id = store.getState().addCardAfter(queues.id)!;
    const cell = cellCards(store.getState().doc, queues.laneId, queues.stageId).map((c) => c.id);
    expect(cell[cell.indexOf(queues.id) + 1]).toBe(id);
  });

  it('renames an existing card as its own undo step, and does nothing when the title is unchanged', () => {
    const { store, card } = setup();
    const queues = card('Queues at the till to pay');
    store.getState().startEditing(queues.id);
    store.getState().commitEditing(queues.title);
    expect(store.getState().past).toEqual([]);
    store.getState().startEditing(queues.id);
    store.getState().commitEditing('Queues for eight minutes');
    expect(store.getState().past.map((e) => e.label)).toEqual(['Rename card']);
  });
});

describe('acting on the selection', () => {
  it('selects every card with select-all and deletes the selection in one undoable step', () => {
    const { store } = setup();
    const before = store.getState().doc;
    const two = before.cards.slice(0, 2).map((c) => c.id);
    store.getState().select(two);
    expect(store.getState().deleteSelection()).toBe(true);
    expect(store.getState().doc.cards).toHaveLength(before.cards.length - 2);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Delete 2 cards']);
    store.getState().undo();
    expect(store.getState().doc).toEqual(before);
    store.getState().selectAllCards();
    expect(store.getState().selection).toHaveLength(before.cards.length);
  });

  it('copies cards with their links and pain points and pastes them with new ids, the links kept among the copies', () => {
    const { store } = setup();
    const doc = store.getState().doc;
    const link = doc.links.find((l) => doc.painPoints.some((p) => p.cardId === l.fromId || p.cardId === l.toId))!;
    const payload = parsePayload(JSON.stringify(copyPayload(doc, [link.fromId, link.toId])))!;
    expect(payload.cards.map((c) => c.id).sort()).toEqual([link.fromId, link.toId].sort());
    expect(payload.links.map((l) => l.id)).toContain(link.id);
    const ids = store.getState().pastePayload(payload, { kind: 'original', afterOriginal: false });
    const after = store.getState().doc;
    expect(ids).toHaveLength(2);
    expect(ids.some((id) => id === link.fromId || id === link.toId)).toBe(false);
    expect(store.getState().selection).toEqual(ids);
    expect(after.links.some((l) => ids.includes(l.fromId) && ids.includes(l.toId) && l.kind === link.kind)).toBe(true);
    expect(after.painPoints.filter((p) => ids.includes(p.cardId)).length).toBe(payload.painPoints.length);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Paste 2 cards']);
    store.getState().undo();
    expect(store.getState().doc).toEqual(doc);
  });

  it('drops keys that would clash when pasting, and pastes into the selected card’s cell', () => {
    const { store } = setup();
    const doc = store.getState().doc;
    const keyed = doc.cards.find((c) => c.key !== null)!;
    const target = doc.cards.find((c) => c.laneId !== keyed.laneId)!;
    const [id] = store.getState().pastePayload(copyPayload(doc, [keyed.id])!, {
      kind: 'cell',
      laneId: target.laneId,
      stageId: target.stageId,
      index: 0,
    });
    const pasted = store.getState().doc.cards.find((c) => c.id === id)!;
    expect(pasted.key).toBeNull();
    expect(pasted.title).toBe(keyed.title);
    expect(cellCards(store.getState().doc, target.laneId, target.stageId)[0]?.id).toBe(id);
  });

  it('duplicates each selected card right after itself', () => {
    const { store, card } = setup();
    const queues = card('Queues at the till to pay');
    store.getState().select([queues.id]);
    const [copy] = store.getState().duplicateSelection();
    const cell = cellCards(store.getState().doc, queues.laneId, queues.stageId).map((c) => c.id);
    expect(cell[cell.indexOf(queues.id) + 1]).toBe(copy);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Duplicate 1 card']);
  });

  it('refuses clipboard text that is not a Tandem payload, and turns plain lines into cards', () => {
    expect(parsePayload('{"tandem":"tandem/cards@1","cards":[{"id":"x"}]}')).toBeNull();
    expect(parsePayload('not json tandem/cards@1')).toBeNull();
    const payload = payloadFromText('Greets the customer\n\n  Scans the items  \n', 'lane', 'stage')!;
    expect(payloadText(payload)).toBe('Greets the customer\nScans the items');
  });
});
