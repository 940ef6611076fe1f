import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { makePainPoint } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { exited, removeTempDirs, runCli, spawnCli, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

/** The first `count` lines a running command prints. */
function lines(child: ReturnType<typeof spawnCli>, count: number): Promise<string[]> {
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`no ${count} lines in time; stderr: ${err}`)), 20_000);
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const got = out.split('\n');
      if (got.length > count) {
        clearTimeout(timer);
        done(got.slice(0, count));
      }
    });
    child.on('exit', (code) => fail(new Error(`exited with ${code}; stderr: ${err}`)));
  });
}

describe('tandem workshop', () => {
  it('prints the facilitator, join and code lines, takes a participant’s pain point, and ends on SIGTERM', async () => {
    const file = join(tempDir(), 'room.tandem');
    DocumentStore.create(file, createFromTemplate('sample')).close();
    const child = spawnCli(['workshop', file]);
    try {
      const [facilitator, joinLine, codeLine] = await lines(child, 3);
      expect(facilitator).toMatch(/^facilitator: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      const join = /^join: (http:\/\/127\.0\.0\.1:(\d+)\/\?s=([\w-]+))$/.exec(joinLine!);
      expect(join, joinLine).not.toBeNull();
      expect(codeLine).toMatch(/^code: [A-Z0-9]{3}-[A-Z0-9]{3}$/);
      const [, , port, secret] = join as RegExpExecArray;
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?s=${secret}`);
      const got: { t: string; seq?: number; doc?: { cards: { id: string }[] } }[] = [];
      ws.on('message', (d) => got.push(JSON.parse(String(d))));
      await new Promise((r) => ws.once('open', r));
      ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'cli-test-olena', name: 'Olena' }));
      const until = Date.now() + 5000;
      while (!got.some((m) => m.t === 'welcome') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      const card = got.find((m) => m.t === 'welcome')!.doc!.cards[0]!;
      const pain = makePainPoint({ cardId: card.id, title: 'Nobody answers the phone' });
      ws.send(JSON.stringify({ t: 'cmd', id: 'cli-test-cmd-1', command: { type: 'painPoint/add', painPoint: pain } }));
      while (!got.some((m) => m.t === 'applied') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(got.some((m) => m.t === 'applied')).toBe(true);
      ws.close();
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
    const store = DocumentStore.open(file);
    expect(store.doc.painPoints.some((p) => p.title === 'Nobody answers the phone')).toBe(true);
    // Closing kept a version of the map as the room left it.
    expect(store.versions.list()[0]).toMatchObject({ reason: 'closed' });
    store.close();
  });

  it('refuses an address that is not one of this computer’s, before listening anywhere', async () => {
    const file = join(tempDir(), 'room.tandem');
    DocumentStore.create(file, createFromTemplate('blank')).close();
    const result = await runCli(['workshop', file, '--host', 'not-an-address']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not-an-address is not an address of this computer');
  });
});
