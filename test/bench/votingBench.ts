import { join } from 'node:path';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub } from '../../electron/workshop/hub';
import { startWorkshopServer } from '../../electron/workshop/server';
import type { TandemDoc } from '../../shared/schema/document';
import { openRoundCommand } from '../../shared/workshop/voting';
import { seeded } from '../fixtures/generateMap';
import { median, percentile } from './stats';

/** Loopback only: the bench never sends traffic to any other address. */
const LOOPBACK = '127.0.0.1';

/**
 * A dot-voting round in a room of `people` simulated participants on 127.0.0.1: the facilitator opens an anonymous
 * round on the map's pain points, and each participant places `dots` dots at random moments over `spreadMs`, every
 * one sent twice (a resend after a reconnect). Figures: send → the voter's own confirmation and → every other page;
 * whether the round in the file counts each dot exactly once.
 */
export async function benchVoting(doc: TandemDoc, dir: string, people: number, dots = 3, spreadMs = 3000) {
  const store = DocumentStore.create(join(dir, `vote-${people}.tandem`), doc);
  const hub = new WorkshopHub({
    doc: () => store.doc,
    revision: () => store.revision,
    apply: (c) => store.applyParsed(c),
  });
  const settings = {
    title: 'Bench',
    target: { kind: 'painPoints' as const },
    dotsEach: dots,
    stacking: true,
    anonymous: true,
    timeLimit: null,
  };
  const open = openRoundCommand(store.doc, settings, new Date());
  hub.facilitatorApplied(open, store.applyParsed(open).revision);
  const round = store.doc.voteRounds[0]!;
  const server = await startWorkshopServer({ address: LOOPBACK, hub, pageDir: dir });
  const secret = new URL(server.joinUrl).searchParams.get('s')!;
  const rnd = seeded(people + 7);
  const sentAt = new Map<string, number>();
  const toSelf: number[] = [];
  const toOthers: number[] = [];
  const sockets: WebSocket[] = [];
  try {
    for (let p = 0; p < people; p++) {
      const ws = new WebSocket(`ws://${LOOPBACK}:${server.port}/ws?s=${secret}`);
      const confirmed = new Set<string>();
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { t: string; id?: string | null; command?: { type?: string } | null };
        if (msg.t !== 'applied' || !msg.id || msg.command?.type !== 'vote/move') return;
        const at = sentAt.get(msg.id);
        if (at === undefined) return;
        if (msg.id.startsWith(`bv-${p}-`)) {
          if (!confirmed.has(msg.id)) toSelf.push(performance.now() - at);
          confirmed.add(msg.id);
        } else toOthers.push(performance.now() - at);
      });
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: `bench-voter-${p}-x`, name: `Voter ${p}` }));
      sockets.push(ws);
    }
    const timers: Promise<void>[] = [];
    for (let p = 0; p < people; p++)
      for (let k = 0; k < dots; k++) {
        const to = round.items[Math.floor(rnd() * round.items.length)]!.id;
        const id = `bv-${p}-${k}-dot`;
        const msg = JSON.stringify({
          t: 'cmd',
          id,
          command: { type: 'vote/move', roundId: round.id, from: null, to, voter: null },
        });
        timers.push(
          new Promise((resolve) =>
            setTimeout(
              () => {
                sentAt.set(id, performance.now());
                sockets[p]!.send(msg);
                sockets[p]!.send(msg);
                resolve();
              },
              Math.floor(rnd() * spreadMs),
            ),
          ),
        );
      }
    await Promise.all(timers);
    const total = people * dots;
    const deadline = performance.now() + 30_000;
    while ((toSelf.length < total || toOthers.length < total * (people - 1)) && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const stored = store.doc.voteRounds[0]!.items.reduce((n, i) => n + i.votes, 0);
    return {
      people,
      dots: total,
      inFile: stored,
      selfP50: median(toSelf),
      selfP95: percentile(toSelf, 95),
      othersP95: percentile(toOthers, 95),
      othersMax: Math.max(0, ...toOthers),
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await server.close();
    store.close();
  }
}
