import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub } from '../../electron/workshop/hub';
import { startWorkshopServer, type WorkshopServer } from '../../electron/workshop/server';
import { makePainPoint } from '../../shared/factories';
import type { HostMessage } from '../../shared/workshop/protocol';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

// Loopback only: a workshop listens on the LAN address a user picks at run time, never in a test.
const LOOPBACK = '127.0.0.1';
const SECRET = 'a'.repeat(32);
const tempDir = tempDirPerTest();
/** A stand-in for the participant page's build: one page and one asset. */
const pageDir = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-page-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tandem workshop</title>');
  writeFileSync(join(dir, 'assets', 'page.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'tandem-secret-beside-the-page.txt'), 'not for participants');
  return dir;
})();
const running: { server: WorkshopServer; store: DocumentStore }[] = [];

afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.server.close();
    r.store.close();
  }
});

async function start() {
  const store = DocumentStore.create(join(tempDir(), 'room.tandem'), createFromTemplate('sample'));
  const hub = new WorkshopHub({
    doc: () => store.doc,
    revision: () => store.revision,
    apply: (c) => store.applyParsed(c),
  });
  const server = await startWorkshopServer({ address: LOOPBACK, hub, secret: SECRET, code: 'KX7MPQ', pageDir });
  running.push({ server, store });
  return { server, store };
}

/** Opens a participant's socket and collects what it is sent; resolves once open, or with the refusal status. */
function connect(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const got: HostMessage[] = [];
  ws.on('message', (data) => got.push(JSON.parse(String(data)) as HostMessage));
  const opened = new Promise<number>((resolve) => {
    ws.once('open', () => resolve(101));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(-1));
  });
  const waitFor = async (pred: (m: HostMessage) => boolean, ms = 2000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = got.find(pred);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching message in ${ms} ms; got ${got.map((m) => m.t).join(', ')}`);
  };
  return { ws, got, opened, waitFor };
}

describe('the workshop listener on loopback', () => {
  it('lets in a socket with the secret and this origin, and tells both pages what one adds', async () => {
    const { server, store } = await start();
    expect(server.joinUrl).toBe(`http://${LOOPBACK}:${server.port}/?s=${SECRET}`);
    const url = `ws://${LOOPBACK}:${server.port}/ws?s=${SECRET}`;
    const a = connect(url, { Origin: server.origin });
    const b = connect(url);
    expect(await a.opened).toBe(101);
    expect(await b.opened).toBe(101);
    a.ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'client-a-0001', name: 'Olena' }));
    b.ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'client-b-0001', name: 'Marek' }));
    await a.waitFor((m) => m.t === 'welcome');
    await b.waitFor((m) => m.t === 'welcome');
    const pain = makePainPoint({ cardId: store.doc.cards[0]!.id, title: 'Card reader fails' });
    a.ws.send(JSON.stringify({ t: 'cmd', id: 'cmd-a-000001', command: { type: 'painPoint/add', painPoint: pain } }));
    const seen = await b.waitFor((m) => m.t === 'applied');
    expect(seen).toMatchObject({ t: 'applied', id: 'cmd-a-000001', seq: store.revision });
    expect(store.doc.painPoints.some((p) => p.title === 'Card reader fails')).toBe(true);
    a.ws.close();
    b.ws.close();
  });

  it('refuses a socket without the secret, from another origin, or naming another host', async () => {
    const { server } = await start();
    const base = `ws://${LOOPBACK}:${server.port}/ws`;
    expect(await connect(`${base}?s=wrong`).opened).toBe(403);
    expect(await connect(base).opened).toBe(403);
    expect(await connect(`${base}?s=${SECRET}`, { Origin: 'http://evil.example' }).opened).toBe(403);
    // DNS rebinding: a page on another domain that resolves to this computer names its own domain in Host.
    expect(await connect(`${base}?s=${SECRET}`, { Host: `evil.example:${server.port}` }).opened).toBe(421);
  });

  it('exchanges the short code for the secret, a few wrong tries a minute per address', async () => {
    const { server } = await start();
    const tryCode = (code: string) =>
      fetch(`${server.origin}/join`, { method: 'POST', body: JSON.stringify({ code }) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { secret?: string; error?: string },
      }));
    expect(await tryCode('kx7 mpq')).toEqual({ status: 200, body: { secret: SECRET } });
    for (let i = 0; i < 5; i++) expect((await tryCode('AAAAAA')).status).toBe(403);
    const locked = await tryCode('KX7MPQ');
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatch(/Too many wrong codes/);
    expect((await fetch(`${server.origin}/anything`)).status).toBe(404);
  });

  it('serves the participant page and its assets, and nothing beside them', async () => {
    const { server } = await start();
    const page = await fetch(`${server.origin}/?s=${SECRET}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Tandem workshop');
    expect((await fetch(`${server.origin}/assets/page.js`)).status).toBe(200);
    for (const path of [
      '/index.html',
      '/assets/../../tandem-secret-beside-the-page.txt',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/api/map/current',
    ])
      expect((await fetch(`${server.origin}${path}`)).status, path).not.toBe(200);
  });

  it('closes a socket that sends a message over the size limit, and every socket when the session ends', async () => {
    const { server } = await start();
    const url = `ws://${LOOPBACK}:${server.port}/ws?s=${SECRET}`;
    const big = connect(url);
    await big.opened;
    const closedBig = new Promise<number>((r) => big.ws.once('close', (c) => r(c)));
    big.ws.send('x'.repeat(65 * 1024));
    expect(await closedBig).toBe(1009);
    const other = connect(url);
    await other.opened;
    other.ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'client-c-0001', name: 'Li' }));
    await other.waitFor((m) => m.t === 'welcome');
    const closed = new Promise<number>((r) => other.ws.once('close', (c) => r(c)));
    const [own] = running.splice(0);
    await server.close();
    own?.store.close();
    expect(await closed).toBeGreaterThan(0);
  });
});
