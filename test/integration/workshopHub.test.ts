import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
import { makeCard, makeLane, makePainPoint } from '../../shared/factories';
import type { HostMessage } from '../../shared/workshop/protocol';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

/** A participant's page as the hub sees it: what it was sent, and whether the hub closed it. */
class Page implements Connection {
  readonly got: HostMessage[] = [];
  closedWith: [number, string] | null = null;
  send(msg: HostMessage) {
    this.got.push(msg);
  }
  close(code: number, reason: string) {
    this.closedWith = [code, reason];
  }
  last<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }> {
    const found = this.got.filter((m) => m.t === t).at(-1);
    if (!found) throw new Error(`no ${t} message`);
    return found as Extract<HostMessage, { t: T }>;
  }
}

function setUp() {
  const store = DocumentStore.create(join(tempDir(), 'workshop.tandem'), createFromTemplate('sample'));
  let now = 0;
  const hub = new WorkshopHub(
    { doc: () => store.doc, revision: () => store.revision, apply: (cmd) => store.applyParsed(cmd) },
    { now: () => now },
  );
  const join_ = (clientId: string, name: string) => {
    const page = new Page();
    const link = hub.connect(page);
    link.receive(JSON.stringify({ t: 'hello', v: 1, clientId, name }));
    return { page, link, send: (msg: unknown) => link.receive(JSON.stringify(msg)) };
  };
  return { store, hub, join: join_, tick: (ms: number) => (now += ms) };
}

describe('the workshop host, as the one authority', () => {
  it('applies a participant pain point once, in the file, and tells every page with its sequence number', () => {
    const { store, join } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const marek = join('client-marek-1', 'Marek');
    expect(marek.page.last('presence').people.map((p) => p.name)).toEqual(['Olena', 'Marek']);
    const card = store.doc.cards[0]!;
    const pain = makePainPoint({ cardId: card.id, title: 'Queue at the till', severity: 4 });
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: pain } });
    const seq = store.revision;
    for (const p of [olena.page, marek.page])
      expect(p.last('applied')).toMatchObject({ seq, id: 'cmd-olena-0001', command: { type: 'painPoint/add' } });
    // A resend after a reconnect is answered, not applied again.
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: pain } });
    expect(store.revision).toBe(seq);
    expect(store.doc.painPoints.filter((p) => p.id === pain.id)).toHaveLength(1);
    const reopened = DocumentStore.open(store.path);
    expect(reopened.doc.painPoints.some((p) => p.title === 'Queue at the till')).toBe(true);
    reopened.close();
  });

  it('refuses what the participant role may not do, and changes nothing', () => {
    const { store, join } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const marek = join('client-marek-1', 'Marek');
    const lane = store.doc.lanes.find((l) => l.kind === 'backstage')!;
    const card = makeCard({ laneId: lane.id, stageId: store.doc.stages[0]!.id, title: 'I check the ID' });
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'card/add', card } });
    const before = store.revision;
    const tries: [string, unknown][] = [
      ['deletes another participant card', { type: 'card/delete', id: card.id }],
      ['deletes a facilitator card', { type: 'card/delete', id: store.doc.cards[0]!.id }],
      ['adds a lane', { type: 'lane/add', lane: makeLane({ kind: 'notes', title: 'Mine', order: 99 }) }],
      ['renames a stage', { type: 'stage/update', id: store.doc.stages[0]!.id, patch: { name: 'Hacked' } }],
      ['patches the map', { type: 'doc/patch', remove: { cards: [store.doc.cards[1]!.id] } }],
    ];
    for (const [i, [, command]] of tries.entries()) marek.send({ t: 'cmd', id: `cmd-marek-000${i}`, command });
    const refusals = marek.page.got.filter((m) => m.t === 'refused');
    expect(refusals.map((r) => r.t === 'refused' && r.code)).toEqual(tries.map(() => 'forbidden'));
    expect(store.revision).toBe(before);
    // A card in the computed scorecard lane is the facilitator's to add.
    const metrics = store.doc.lanes.find((l) => l.kind === 'metrics')!;
    const scorecard = makeCard({ laneId: metrics.id, stageId: store.doc.stages[0]!.id });
    marek.send({ t: 'cmd', id: 'cmd-marek-0100', command: { type: 'card/add', card: scorecard } });
    expect(marek.page.last('refused')).toMatchObject({ code: 'forbidden' });
    // The author may change the words of their own card and withdraw it.
    olena.send({
      t: 'cmd',
      id: 'cmd-olena-0002',
      command: { type: 'card/update', id: card.id, patch: { title: 'I check the passport' } },
    });
    expect(store.doc.cards.find((c) => c.id === card.id)?.title).toBe('I check the passport');
    olena.send({
      t: 'cmd',
      id: 'cmd-olena-0003',
      command: { type: 'card/update', id: card.id, patch: { ownerTeamId: null } },
    });
    expect(olena.page.last('refused')).toMatchObject({ id: 'cmd-olena-0003', code: 'forbidden' });
    olena.send({ t: 'cmd', id: 'cmd-olena-0004', command: { type: 'card/delete', id: card.id } });
    expect(store.doc.cards.some((c) => c.id === card.id)).toBe(false);
  });

  it('refuses everything while the map is locked', () => {
    const { store, hub, join } = setUp();
    const olena = join('client-olena-1', 'Olena');
    hub.setLocked(true);
    const pain = makePainPoint({ cardId: store.doc.cards[0]!.id });
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: pain } });
    expect(olena.page.last('refused')).toMatchObject({ code: 'locked' });
    expect(store.doc.painPoints.some((p) => p.id === pain.id)).toBe(false);
  });

  it('bounds what one page may send: size, rate, and messages before hello', () => {
    const { store, hub, join, tick } = setUp();
    const stranger = new Page();
    hub.connect(stranger).receive(JSON.stringify({ t: 'ping' }));
    expect(stranger.last('error').message).toMatch(/hello/);
    const olena = join('client-olena-1', 'Olena');
    olena.link.receive('x'.repeat(70 * 1024));
    expect(olena.page.closedWith?.[0]).toBe(1009);
    const marek = join('client-marek-1', 'Marek');
    for (let i = 0; i < 60; i++) marek.send({ t: 'ping' });
    expect(marek.page.got.filter((m) => m.t === 'pong').length).toBeLessThan(45);
    expect(marek.page.last('error').message).toMatch(/Too many/);
    tick(10_000);
    marek.send({ t: 'ping' });
    expect(marek.page.got.at(-1)).toEqual({ t: 'pong' });
    expect(store.revision).toBe(0);
  });

  it('takes a participant back after a reconnect as the same person, with the map as it is now', () => {
    const { store, join } = setUp();
    const first = join('client-olena-1', 'Olena');
    const id = first.page.last('welcome').participantId;
    const pain = makePainPoint({ cardId: store.doc.cards[0]!.id, title: 'Before the drop' });
    first.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: pain } });
    first.link.closed();
    const again = join('client-olena-1', 'Olena');
    const welcome = again.page.last('welcome');
    expect(welcome.participantId).toBe(id);
    expect(welcome.seq).toBe(store.revision);
    expect(JSON.stringify(welcome.doc)).toContain('Before the drop');
    // Her own pain point is still hers to change.
    again.send({
      t: 'cmd',
      id: 'cmd-olena-0002',
      command: { type: 'painPoint/update', id: pain.id, patch: { severity: 5 } },
    });
    expect(store.doc.painPoints.find((p) => p.id === pain.id)?.severity).toBe(5);
  });
});
