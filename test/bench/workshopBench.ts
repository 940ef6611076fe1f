import { join } from 'node:path';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub } from '../../electron/workshop/hub';
import { startWorkshopServer } from '../../electron/workshop/server';
import { makePainPoint } from '../../shared/factories';
import type { TandemDoc } from '../../shared/schema/document';
import { seeded } from '../fixtures/generateMap';
import { median, percentile } from './stats';

/** Loopback only: the bench never sends traffic to any other address. */
const LOOPBACK = '127.0.0.1';

interface Sent {
  at: number;
  /** When the host applied it (the facilitator's map has it from then on). */
  applied?: number;
  /** When each other participant received it. */
  seenBy: number;
}

/**
 * A room of `people` simulated participants (WebSocket clients in this process, speaking the protocol) on the
 * workshop host over 127.0.0.1. Each adds `each` pain points at random moments over about `spreadMs`. Figures: the
 * time from a participant's send to the host applying it (the facilitator's screen follows through the session's
 * event) and to every other participant receiving it; whether every contribution is in the file exactly once; the
 * host's CPU time and memory. Bounded: the room waits at most `timeoutMs` for the last broadcast.
 */
export async function benchWorkshop(doc: TandemDoc, dir: string, people: number, each = 5, spreadMs = 3000) {
  const store = DocumentStore.create(join(dir, `room-${people}.tandem`), doc);
  const sent = new Map<string, Sent>();
  const hub = new WorkshopHub(
    { doc: () => store.doc, revision: () => store.revision, apply: (c) => store.applyParsed(c) },
    {
      onApplied: (cmd) => {
        const id = cmd.type === 'painPoint/add' ? cmd.painPoint.title : '';
        const s = sent.get(id);
        if (s) s.applied = performance.now();
      },
    },
  );
  const server = await startWorkshopServer({ address: LOOPBACK, hub, pageDir: dir });
  const secret = new URL(server.joinUrl).searchParams.get('s')!;
  const rnd = seeded(people);
  const cards = doc.cards;
  const toOthers: number[] = [];
  let duplicates = 0;
  const cpuBefore = process.cpuUsage();
  const rssBefore = process.memoryUsage().rss;
  const sockets: WebSocket[] = [];
  try {
    for (let p = 0; p < people; p++) {
      const ws = new WebSocket(`ws://${LOOPBACK}:${server.port}/ws?s=${secret}`);
      const seen = new Set<string>();
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { t: string; command?: { painPoint?: { title: string } } };
        const title = msg.t === 'applied' ? msg.command?.painPoint?.title : undefined;
        if (!title) return;
        if (seen.has(title)) duplicates++;
        seen.add(title);
        const s = sent.get(title);
        if (s && !title.startsWith(`p${p}-`)) {
          s.seenBy++;
          toOthers.push(performance.now() - s.at);
        }
      });
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: `bench-person-${p}-x`, name: `Person ${p}` }));
      sockets.push(ws);
    }
    const timers: Promise<void>[] = [];
    for (let p = 0; p < people; p++) {
      for (let k = 0; k < each; k++) {
        const title = `p${p}-${k}`;
        const card = cards[Math.floor(rnd() * cards.length)]!;
        const delay = Math.floor(rnd() * spreadMs);
        timers.push(
          new Promise((resolve) =>
            setTimeout(() => {
              sent.set(title, { at: performance.now(), seenBy: 0 });
              const command = { type: 'painPoint/add', painPoint: makePainPoint({ cardId: card.id, title }) };
              sockets[p]!.send(JSON.stringify({ t: 'cmd', id: `bench-cmd-${p}-${k}`, command }));
              resolve();
            }, delay),
          ),
        );
      }
    }
    await Promise.all(timers);
    const total = people * each;
    const expected = total * (people - 1);
    const deadline = performance.now() + 30_000;
    while (toOthers.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const toHost = [...sent.values()].filter((s) => s.applied !== undefined).map((s) => s.applied! - s.at);
    const titles = store.doc.painPoints.map((pp) => pp.title).filter((t) => /^p\d+-\d+$/.test(t));
    const cpu = process.cpuUsage(cpuBefore);
    return {
      people,
      contributions: total,
      inFile: titles.length,
      distinctInFile: new Set(titles).size,
      deliveries: toOthers.length,
      expectedDeliveries: expected,
      duplicates,
      hostP50: median(toHost),
      hostP95: percentile(toHost, 95),
      othersP50: median(toOthers),
      othersP95: percentile(toOthers, 95),
      othersMax: Math.max(0, ...toOthers),
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssGrowthMb: (process.memoryUsage().rss - rssBefore) / 1024 / 1024,
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await server.close();
    store.close();
  }
}
