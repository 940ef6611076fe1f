import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
import type { Command } from '../../shared/commands/types';
import { createFromTemplate } from '../../shared/templates/index';
import type { HostMessage } from '../../shared/workshop/protocol';
import { closeRoundCommand, openRoundCommand, type RoundSettings } from '../../shared/workshop/voting';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

class Page implements Connection {
  readonly got: HostMessage[] = [];
  send(msg: HostMessage) {
    this.got.push(msg);
  }
  close() {}
  all<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }>[] {
    return this.got.filter((m) => m.t === t) as Extract<HostMessage, { t: T }>[];
  }
  last<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }> {
    const found = this.all(t).at(-1);
    if (!found) throw new Error(`no ${t} message`);
    return found;
  }
}

const SETTINGS: RoundSettings = {
  title: 'Which pain hurts most?',
  target: { kind: 'painPoints' },
  dotsEach: 3,
  stacking: true,
  anonymous: false,
  timeLimit: null,
};

/** A session on the sample map with a round opened by the facilitator (through the store, as the API does). */
function setUp(settings: Partial<RoundSettings> = {}, openedAt = new Date()) {
  const store = DocumentStore.create(join(tempDir(), 'vote.tandem'), createFromTemplate('sample'));
  let now = Date.now();
  const hostApplied: Command[] = [];
  const hub = new WorkshopHub(
    { doc: () => store.doc, revision: () => store.revision, apply: (cmd) => store.applyParsed(cmd) },
    { now: () => now, onApplied: (cmd, _rev, author) => author === 'facilitator' && hostApplied.push(cmd) },
  );
  const facilitator = (cmd: Command) => hub.facilitatorApplied(cmd, store.applyParsed(cmd).revision);
  const open = openRoundCommand(store.doc, { ...SETTINGS, ...settings }, openedAt) as Extract<
    Command,
    { type: 'voteRound/add' }
  >;
  facilitator(open);
  const round = open.round;
  const join_ = (clientId: string, name: string) => {
    const page = new Page();
    const link = hub.connect(page);
    link.receive(JSON.stringify({ t: 'hello', v: 1, clientId, name }));
    let n = 0;
    const dot = (from: string | null, to: string | null, id = `${clientId}-dot-${String(++n).padStart(4, '0')}`) => {
      link.receive(
        JSON.stringify({ t: 'cmd', id, command: { type: 'vote/move', roundId: round.id, from, to, voter: null } }),
      );
      return id;
    };
    return { page, link, dot };
  };
  return { store, hub, round, join: join_, facilitator, hostApplied, tick: (ms: number) => (now += ms) };
}

const votesOf = (store: DocumentStore, roundId: string) =>
  Object.fromEntries(store.doc.voteRounds.find((r) => r.id === roundId)!.items.map((i) => [i.id, i.votes]));

describe('dot-voting on the workshop host', () => {
  it('counts the dots of many participants voting at once, each in the file once, named by the host', () => {
    const { store, round, join } = setUp();
    const people = Array.from({ length: 12 }, (_, i) => join(`client-person-${i}`, `Person ${i}`));
    const items = round.items.map((i) => i.id);
    // Interleaved: every person places a dot, then the next dot, as a room does.
    for (let d = 0; d < 3; d++) for (const [i, p] of people.entries()) p.dot(null, items[(i + d) % items.length]!);
    const stored = store.doc.voteRounds[0]!;
    expect(stored.items.reduce((n, i) => n + i.votes, 0)).toBe(36);
    expect(stored.ballots.filter((b) => b.name === 'Person 4').reduce((n, b) => n + b.dots, 0)).toBe(3);
    // Whatever a page claims, the host names the voter.
    expect(new Set(stored.ballots.map((b) => b.name)).size).toBe(12);
    const reopened = DocumentStore.open(store.path);
    expect(reopened.doc.voteRounds[0]!.items).toEqual(stored.items);
    reopened.close();
    expect(people[0]!.page.last('dots').mine).toEqual({
      [items[0]!]: 1,
      [items[1]!]: 1,
      [items[2]!]: 1,
    });
  });

  it('applies a resent dot once: the same command id after a reconnect is answered, not counted again', () => {
    const { store, round, join } = setUp();
    const olena = join('client-olena-1', 'Olena');
    const item = round.items[0]!.id;
    const id = olena.dot(null, item);
    const rev = store.revision;
    const again = join('client-olena-1', 'Olena');
    again.dot(null, item, id);
    again.dot(null, item, id);
    expect(store.revision).toBe(rev);
    expect(votesOf(store, round.id)[item]).toBe(1);
    expect(again.page.last('applied')).toMatchObject({ id, seq: rev });
    expect(again.page.all('dots')[0]!.mine).toEqual({ [item]: 1 });
  });

  it('refuses a dot past the allowance, and a second on one item where the round does not stack; nothing changes', () => {
    const { store, round, join } = setUp({ stacking: false, dotsEach: 2 });
    const marek = join('client-marek-1', 'Marek');
    const [a, b, c] = round.items.map((i) => i.id);
    marek.dot(null, a!);
    const rev = store.revision;
    const twice = marek.dot(null, a!);
    expect(marek.page.last('refused')).toMatchObject({ id: twice, code: 'forbidden' });
    expect(marek.page.last('refused').message).toMatch(/one dot per item/);
    marek.dot(null, b!);
    const third = marek.dot(null, c!);
    expect(marek.page.last('refused')).toMatchObject({ id: third, code: 'forbidden' });
    expect(marek.page.last('refused').message).toMatch(/all 2 of your dots/);
    expect(store.revision).toBe(rev + 1);
    // Moving a placed dot is not a new one.
    marek.dot(a!, c!);
    expect(votesOf(store, round.id)).toMatchObject({ [a!]: 0, [b!]: 1, [c!]: 1 });
  });

  it('refuses dots on items outside the round, taken from where the voter has none, or in a closed round', () => {
    const { store, round, join, facilitator } = setUp();
    const anna = join('client-anna-1', 'Anna');
    const bohdan = join('client-bohdan-1', 'Bohdan');
    const item = round.items[0]!.id;
    anna.dot(null, item);
    const rev = store.revision;
    bohdan.dot(item, null);
    expect(bohdan.page.last('refused').message).toMatch(/no dot on that item/);
    bohdan.dot(null, store.doc.cards[0]!.id);
    expect(bohdan.page.last('refused').message).toMatch(/not part of this round/);
    expect(store.revision).toBe(rev);
    facilitator(closeRoundCommand(round.id, new Date()));
    const after = store.revision;
    anna.dot(null, round.items[1]!.id);
    expect(anna.page.last('refused')).toMatchObject({ code: 'conflict' });
    expect(store.revision).toBe(after);
  });

  it('keeps an anonymous round to counts: no voter in the file, none in what the other pages receive', () => {
    const { store, round, join } = setUp({ anonymous: true });
    const anna = join('client-anna-1', 'Anna');
    const bohdan = join('client-bohdan-1', 'Bohdan');
    const item = round.items[1]!.id;
    anna.dot(null, item);
    anna.dot(null, item);
    bohdan.dot(null, item);
    const stored = store.doc.voteRounds[0]!;
    expect(stored.ballots).toEqual([]);
    expect(stored.items.find((i) => i.id === item)!.votes).toBe(3);
    const seen = bohdan.page.all('applied').filter((m) => (m.command as Command | null)?.type === 'vote/move');
    expect(seen.map((m) => m.author)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(JSON.stringify(seen)).not.toContain(anna.page.last('welcome').participantId);
    expect(JSON.stringify(seen)).not.toContain('Anna');
    // The allowance still holds: the host remembers each voter's dots for the session.
    anna.dot(null, item);
    anna.dot(null, item);
    expect(anna.page.last('refused').message).toMatch(/all 3 of your dots/);
    expect(anna.page.last('dots').mine).toEqual({ [item]: 3 });
  });

  it('closes a round at its time limit, adds its dots to the pain points, and refuses a late dot', async () => {
    // Opened 8 s ago with a 10 s limit: the host's clock closes it in about 2 s.
    const { store, round, join, tick, hostApplied } = setUp({ timeLimit: 10 }, new Date(Date.now() - 8_000));
    const anna = join('client-anna-1', 'Anna');
    const item = round.items[0]!.id;
    const before = store.doc.painPoints.find((p) => p.id === item)!.votes;
    anna.dot(null, item);
    expect(anna.page.all('refused')).toEqual([]);
    tick(2_100);
    anna.dot(null, item);
    expect(anna.page.last('refused').message).toMatch(/time is up/);
    await expect.poll(() => store.doc.voteRounds[0]!.closedAt, { timeout: 5_000 }).not.toBeNull();
    expect(hostApplied).toHaveLength(1);
    expect(store.doc.painPoints.find((p) => p.id === item)!.votes).toBe(before + 1);
    expect(anna.page.last('applied').author).toBe('facilitator');
    const reopened = DocumentStore.open(store.path);
    expect(reopened.doc.voteRounds[0]!.closedAt).not.toBeNull();
    reopened.close();
  });
});
