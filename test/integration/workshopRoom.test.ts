import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
import { roomControls } from '../../electron/workshop/roomControls';
import { makeCard, makePainPoint } from '../../shared/factories';
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
  all<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }>[] {
    return this.got.filter((m) => m.t === t) as Extract<HostMessage, { t: T }>[];
  }
  last<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }> {
    const found = this.all(t).at(-1);
    if (!found) throw new Error(`no ${t} message`);
    return found;
  }
}

function setUp() {
  const store = DocumentStore.create(join(tempDir(), 'room.tandem'), createFromTemplate('sample'));
  let now = 1_000_000;
  const hub = new WorkshopHub(
    { doc: () => store.doc, revision: () => store.revision, apply: (cmd) => store.applyParsed(cmd) },
    { now: () => now },
  );
  const controls = roomControls({
    hub: () => hub,
    store: () => store,
    status: () => ({
      running: true,
      address: '127.0.0.1',
      joinUrl: 'http://127.0.0.1:1/?s=x',
      code: 'AAA-AAA',
      people: hub.people(),
      room: hub.room(),
    }),
    changed: () => undefined,
    applied: (command, revision) => hub.facilitatorApplied(command, revision),
    beforeEdit: () => undefined,
  });
  const join_ = (clientId: string, name: string, team?: string) => {
    const page = new Page();
    const link = hub.connect(page);
    link.receive(JSON.stringify({ t: 'hello', v: 1, clientId, name, team }));
    return { page, link, send: (msg: unknown) => link.receive(JSON.stringify(msg)) };
  };
  const painOn = (cardIndex: number, title: string) =>
    makePainPoint({ cardId: store.doc.cards[cardIndex]!.id, title, severity: 3 });
  return { store, hub, controls, join: join_, painOn, tick: (ms: number) => (now += ms) };
}

describe('authorship of contributions', () => {
  it('writes who added a card or pain point into the map, from the session, never from what the page claims', () => {
    const { store, join, painOn } = setUp();
    const olena = join('client-olena-1', 'Olena', 'Finance operations');
    const forged = { ...painOn(0, 'Queue at the till'), author: { name: 'The CEO', team: null } };
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: forged } });
    const lane = store.doc.lanes.find((l) => l.kind === 'backstage')!;
    const card = makeCard({ laneId: lane.id, stageId: store.doc.stages[0]!.id, title: 'I check the ID' });
    olena.send({ t: 'cmd', id: 'cmd-olena-0002', command: { type: 'card/add', card } });
    const reopened = DocumentStore.open(store.path);
    expect(reopened.doc.painPoints.find((p) => p.id === forged.id)?.author).toEqual({
      name: 'Olena',
      team: 'Finance operations',
    });
    expect(reopened.doc.cards.find((c) => c.id === card.id)?.author).toEqual({
      name: 'Olena',
      team: 'Finance operations',
    });
    reopened.close();
  });

  it('refuses a participant who tries to change the author or votes of their own pain point', () => {
    const { store, join, painOn } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const pain = painOn(0, 'Queue at the till');
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: pain } });
    const before = store.revision;
    olena.send({
      t: 'cmd',
      id: 'cmd-olena-0002',
      command: { type: 'painPoint/update', id: pain.id, patch: { author: { name: 'Marek', team: null } } },
    });
    olena.send({
      t: 'cmd',
      id: 'cmd-olena-0003',
      command: { type: 'painPoint/update', id: pain.id, patch: { votes: 9 } },
    });
    expect(olena.page.all('refused').map((r) => r.code)).toEqual(['forbidden', 'forbidden']);
    olena.send({
      t: 'cmd',
      id: 'cmd-olena-0004',
      command: { type: 'painPoint/update', id: pain.id, patch: { severity: 5 } },
    });
    expect(store.revision).toBe(before + 1);
    expect(store.doc.painPoints.find((p) => p.id === pain.id)).toMatchObject({ severity: 5, votes: 0 });
  });
});

describe('locking the map', () => {
  it('tells every page, refuses participants’ commands while locked, and takes them again when opened', () => {
    const { store, join, controls, painOn } = setUp();
    const olena = join('client-olena-1', 'Olena');
    controls['workshop/lock']({ locked: true });
    expect(olena.page.last('room').room.locked).toBe(true);
    const before = store.revision;
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: painOn(0, 'Late') } });
    expect(olena.page.last('refused')).toMatchObject({ id: 'cmd-olena-0001', code: 'locked' });
    expect(store.revision).toBe(before);
    // A page that joins while locked is told at once.
    expect(join('client-marek-1', 'Marek').page.last('welcome').locked).toBe(true);
    controls['workshop/lock']({ locked: false });
    olena.send({ t: 'cmd', id: 'cmd-olena-0002', command: { type: 'painPoint/add', painPoint: painOn(0, 'Late') } });
    expect(store.revision).toBe(before + 1);
  });
});

describe('removing a participant', () => {
  it('closes their pages, does not admit their identity again, and keeps what they added', async () => {
    const { store, join, controls, hub, painOn } = setUp();
    const mallory = join('client-mallory', 'Mallory');
    const second = join('client-mallory', 'Mallory');
    const pain = painOn(0, 'Something real');
    mallory.send({ t: 'cmd', id: 'cmd-mall-00001', command: { type: 'painPoint/add', painPoint: pain } });
    const id = mallory.page.last('welcome').participantId;
    const status = await controls['workshop/remove']({ participantId: id });
    expect(status.running && status.people.map((p) => p.name)).toEqual([]);
    expect(mallory.page.closedWith?.[0]).toBe(4001);
    expect(second.page.closedWith?.[0]).toBe(4001);
    const again = join('client-mallory', 'Mallory');
    expect(again.page.closedWith).toEqual([4001, 'The facilitator removed you from this workshop.']);
    expect(again.page.all('welcome')).toHaveLength(0);
    expect(hub.people()).toHaveLength(0);
    expect(store.doc.painPoints.some((p) => p.id === pain.id)).toBe(true);
    expect(() => controls['workshop/remove']({ participantId: id })).toThrow('no longer here');
  });
});

describe('the shared countdown', () => {
  it('is started, paused, extended and resumed by the facilitator; every page gets the time left; the file never has it', () => {
    const { store, join, controls, tick } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const revision = store.revision;
    expect(() => controls['workshop/timer']({ action: 'pause' })).toThrow('Start the timer first');
    controls['workshop/timer']({ action: 'start', seconds: 300 });
    expect(olena.page.last('room').room.timer).toEqual({ running: true, remainingMs: 300_000, durationMs: 300_000 });
    tick(60_000);
    controls['workshop/timer']({ action: 'pause' });
    expect(olena.page.last('room').room.timer).toMatchObject({ running: false, remainingMs: 240_000 });
    tick(30_000);
    controls['workshop/timer']({ action: 'add', seconds: 60 });
    expect(olena.page.last('room').room.timer).toMatchObject({ running: false, remainingMs: 300_000 });
    controls['workshop/timer']({ action: 'resume' });
    tick(10_000);
    // A page that joins (or comes back) now learns the time left now.
    expect(join('client-marek-1', 'Marek').page.last('welcome').room?.timer).toMatchObject({
      running: true,
      remainingMs: 290_000,
    });
    expect(store.revision).toBe(revision);
    const reopened = DocumentStore.open(store.path);
    expect(JSON.stringify(reopened.doc)).not.toContain('remainingMs');
    reopened.close();
  });
});

describe('Follow me', () => {
  it('tells every page the stage the facilitator shows, and refuses a stage that is not on the map', () => {
    const { store, join, controls } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const stage = store.doc.stages[2]!.id;
    controls['workshop/follow']({ stageId: stage });
    expect(olena.page.last('room').room.followStage).toBe(stage);
    expect(() => controls['workshop/follow']({ stageId: 'no-such-stage' })).toThrow('no longer on the map');
    expect(join('client-marek-1', 'Marek').page.last('welcome').room?.followStage).toBe(stage);
  });
});

describe('private mode and Reveal', () => {
  it('keeps new contributions in the file but away from other participants until Reveal shows them to all', () => {
    const { store, hub, join, controls, painOn } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const marek = join('client-marek-1', 'Marek');
    controls['workshop/private']({ on: true });
    expect(marek.page.last('room').room.privateMode).toBe(true);
    const secret = painOn(0, 'The form loses my data');
    olena.send({ t: 'cmd', id: 'cmd-olena-0001', command: { type: 'painPoint/add', painPoint: secret } });
    const seq = store.revision;
    // In the file at once, marked hidden; the author sees it, the other page only that a number was taken.
    const onDisk = DocumentStore.open(store.path);
    expect(onDisk.doc.painPoints.find((p) => p.id === secret.id)?.author).toEqual({
      name: 'Olena',
      team: null,
      unrevealed: true,
    });
    onDisk.close();
    expect(olena.page.last('applied')).toMatchObject({ seq, id: 'cmd-olena-0001' });
    expect(marek.page.last('skip')).toEqual({ t: 'skip', seq });
    expect(JSON.stringify(marek.page.got)).not.toContain('The form loses my data');
    // A page that comes back gets the map without it; its author gets it with it.
    const marekAgain = join('client-marek-1', 'Marek');
    expect(JSON.stringify(marekAgain.page.last('welcome').doc)).not.toContain('The form loses my data');
    expect(JSON.stringify(join('client-olena-1', 'Olena').page.last('welcome').doc)).toContain(
      'The form loses my data',
    );
    // The facilitator's edit of a hidden contribution stays hidden too.
    const edit = { type: 'painPoint/update' as const, id: secret.id, patch: { title: 'Lost data' } };
    const { revision } = store.applyParsed(edit);
    hub.facilitatorApplied(edit, revision);
    controls['workshop/private']({ on: false });
    expect(marek.page.all('applied').some((m) => m.seq === revision)).toBe(false);
    expect(marek.page.last('skip')).toEqual({ t: 'skip', seq: revision });
    expect(olena.page.last('applied')).toMatchObject({ seq: revision, command: edit });
    expect(controls['workshop/reveal']({})).toMatchObject({ revealed: 1 });
    const shown = marek.page.last('welcome').doc as typeof store.doc;
    expect(shown.painPoints.find((p) => p.id === secret.id)?.author).toEqual({ name: 'Olena', team: null });
    expect(controls['workshop/reveal']({})).toMatchObject({ revealed: 0 });
  });
});
