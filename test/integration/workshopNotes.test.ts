import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
import { makeNote } from '../../shared/factories';
import type { HostMessage } from '../../shared/workshop/protocol';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

/** A participant's page as the hub sees it. */
class Page implements Connection {
  readonly got: HostMessage[] = [];
  send(msg: HostMessage) {
    this.got.push(msg);
  }
  close() {}
  last<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }> {
    const found = (this.got.filter((m) => m.t === t) as Extract<HostMessage, { t: T }>[]).at(-1);
    if (!found) throw new Error(`no ${t} message`);
    return found;
  }
}

function setUp() {
  const store = DocumentStore.create(join(tempDir(), 'notes.tandem'), createFromTemplate('sample'));
  const hub = new WorkshopHub({
    doc: () => store.doc,
    revision: () => store.revision,
    apply: (cmd) => store.applyParsed(cmd),
  });
  const enter = (clientId: string, name: string, team?: string) => {
    const page = new Page();
    const link = hub.connect(page);
    link.receive(JSON.stringify({ t: 'hello', v: 1, clientId, name, team }));
    return { page, send: (id: string, command: unknown) => link.receive(JSON.stringify({ t: 'cmd', id, command })) };
  };
  return { store, hub, enter };
}

describe("a participant's notes", () => {
  it('writes a note on a card and one in the parking lot, attributed by the host, whatever the page claims', () => {
    const { store, enter } = setUp();
    const olena = enter('client-olena-1', 'Olena', 'Finance operations');
    const cardId = store.doc.cards[0]!.id;
    const onCard = { ...makeNote({ cardId, text: 'The till freezes at noon' }), author: { name: 'CEO', team: null } };
    const loose = makeNote({ text: 'Who owns the refund rules?' });
    olena.send('cmd-olena-0001', { type: 'note/add', note: onCard });
    olena.send('cmd-olena-0002', { type: 'note/add', note: loose });
    const reopened = DocumentStore.open(store.path);
    expect(reopened.doc.notes.find((n) => n.id === onCard.id)).toMatchObject({
      cardId,
      text: 'The till freezes at noon',
      author: { name: 'Olena', team: 'Finance operations' },
    });
    expect(reopened.doc.notes.find((n) => n.id === loose.id)).toMatchObject({
      cardId: null,
      author: { name: 'Olena' },
    });
    reopened.close();
  });

  it('refuses a note while the map is locked, and one over the size limit, changing nothing', () => {
    const { store, hub, enter } = setUp();
    const marek = enter('client-marek-1', 'Marek');
    hub.setLocked(true);
    marek.send('cmd-marek-0001', { type: 'note/add', note: makeNote({ text: 'Too late' }) });
    expect(marek.page.last('refused')).toMatchObject({ id: 'cmd-marek-0001', code: 'locked' });
    hub.setLocked(false);
    marek.send('cmd-marek-0002', { type: 'note/add', note: makeNote({ text: 'x'.repeat(2_001) }) });
    expect(marek.page.last('refused')).toMatchObject({ id: 'cmd-marek-0002', code: 'invalid' });
    expect(marek.page.last('refused').message).toMatch(/2,000/);
    expect(store.doc.notes).toEqual([]);
  });

  it("lets a participant change and withdraw their own note, never another's, and never move one", () => {
    const { store, enter } = setUp();
    const olena = enter('client-olena-1', 'Olena');
    const marek = enter('client-marek-1', 'Marek');
    const note = makeNote({ text: 'Mine' });
    olena.send('cmd-olena-0001', { type: 'note/add', note });
    marek.send('cmd-marek-0001', { type: 'note/update', id: note.id, patch: { text: 'Hijacked' } });
    expect(marek.page.last('refused')).toMatchObject({ code: 'forbidden' });
    marek.send('cmd-marek-0002', { type: 'note/delete', id: note.id });
    expect(marek.page.last('refused')).toMatchObject({ code: 'forbidden' });
    olena.send('cmd-olena-0002', { type: 'note/move', id: note.id, cardId: store.doc.cards[0]!.id });
    expect(olena.page.last('refused')).toMatchObject({ code: 'forbidden' });
    olena.send('cmd-olena-0003', { type: 'note/update', id: note.id, patch: { text: 'Mine, better' } });
    expect(store.doc.notes[0]).toMatchObject({ text: 'Mine, better', cardId: null });
    olena.send('cmd-olena-0004', { type: 'note/delete', id: note.id });
    expect(store.doc.notes).toEqual([]);
  });

  it('hides a note added in private mode from the others until Reveal, and shows it to its author', () => {
    const { store, hub, enter } = setUp();
    hub.setPrivate(true);
    const olena = enter('client-olena-1', 'Olena');
    const marek = enter('client-marek-1', 'Marek');
    const note = makeNote({ text: 'Quiet thought' });
    olena.send('cmd-olena-0001', { type: 'note/add', note });
    expect(store.doc.notes[0]?.author?.unrevealed).toBe(true);
    expect(olena.page.last('applied').command).toMatchObject({ type: 'note/add' });
    expect(marek.page.last('skip').seq).toBe(olena.page.last('applied').seq);
  });
});
