import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
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
  last<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }> | undefined {
    return this.got.filter((m) => m.t === t).at(-1) as Extract<HostMessage, { t: T }> | undefined;
  }
}

function setUp() {
  const store = DocumentStore.create(join(tempDir(), 'room.tandem'), createFromTemplate('sample'));
  const hub = new WorkshopHub({
    doc: () => store.doc,
    revision: () => store.revision,
    apply: (cmd) => store.applyParsed(cmd),
  });
  let n = 0;
  const join_ = (clientId: string, name: string, team?: string) => {
    const page = new Page();
    const link = hub.connect(page);
    const hello = (t?: string) => link.receive(JSON.stringify({ t: 'hello', v: 1, clientId, name, team: t }));
    hello(team);
    const touch = (cardId: string, teamId: string, on = true) => {
      const id = `cmd-touch-${String(++n).padStart(4, '0')}`;
      link.receive(JSON.stringify({ t: 'cmd', id, command: { type: 'card/touch', id: cardId, teamId, on } }));
      return id;
    };
    return { page, hello, touch };
  };
  const team = (name: string) => store.doc.teams.find((t) => t.name === name)!;
  return { store, hub, join: join_, team };
}

const marksOf = (store: DocumentStore, cardId: string) =>
  DocumentStore.open(store.path).doc.cards.find((c) => c.id === cardId)?.touchedBy ?? [];

describe('"we touch this" from a participant', () => {
  it('marks a card for the team the participant is in, writes it to the file, and shows every page', () => {
    const { store, join, team } = setUp();
    const olena = join('touch-olena-01', 'Olena', 'logistics'); // the map's "Logistics", whatever the case
    const marek = join('touch-marek-01', 'Marek');
    const card = store.doc.cards[3]!;
    const logistics = team('Logistics').id;
    const id = olena.touch(card.id, logistics);
    expect(olena.page.last('applied')).toMatchObject({ id, seq: store.revision });
    expect(marek.page.last('applied')?.command).toEqual({
      type: 'card/touch',
      id: card.id,
      teamId: logistics,
      on: true,
    });
    expect(marksOf(store, card.id)).toEqual([logistics]);
    // Taking it back is theirs too.
    olena.touch(card.id, logistics, false);
    expect(marksOf(store, card.id)).toEqual([]);
  });

  it('refuses a mark for another team, or from someone who named no team of the map, and changes nothing', () => {
    const { store, join, team } = setUp();
    const card = store.doc.cards[3]!;
    const olena = join('touch-olena-02', 'Olena', 'Logistics');
    const id = olena.touch(card.id, team('IT systems').id);
    expect(olena.page.last('refused')).toMatchObject({ id, code: 'forbidden', message: /only for your own team/ });
    const guest = join('touch-guest-02', 'Guest', 'The marketing agency');
    guest.touch(card.id, team('Logistics').id);
    expect(guest.page.last('refused')?.message).toMatch(/say which of the map's teams you are in/);
    const before = store.revision;
    expect(marksOf(store, card.id)).toEqual([]);
    expect(store.revision).toBe(before);
    // Saying the team later (the page's team menu says hello again) lets them mark.
    guest.hello('Customer service');
    guest.touch(card.id, team('Customer service').id);
    expect(marksOf(store, card.id)).toEqual([team('Customer service').id]);
  });

  it('is refused while the facilitator has locked the map', () => {
    const { store, hub, join, team } = setUp();
    const card = store.doc.cards[3]!;
    const olena = join('touch-olena-03', 'Olena', 'Logistics');
    hub.setLocked(true);
    olena.touch(card.id, team('Logistics').id);
    expect(olena.page.last('refused')?.code).toBe('locked');
    expect(marksOf(store, card.id)).toEqual([]);
  });

  it('can be taken back by the facilitator as one undoable step', () => {
    const { store, join, team } = setUp();
    const card = store.doc.cards[3]!;
    const logistics = team('Logistics').id;
    join('touch-olena-04', 'Olena', 'Logistics').touch(card.id, logistics);
    const { inverse } = store.applyParsed({ type: 'card/touch', id: card.id, teamId: logistics, on: false });
    expect(marksOf(store, card.id)).toEqual([]);
    store.applyParsed(inverse);
    expect(marksOf(store, card.id)).toEqual([logistics]);
  });
});
