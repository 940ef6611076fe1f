import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import { makePainPoint } from '../../shared/factories';
import type { HostMessage } from '../../shared/workshop/protocol';
import { tempDirPerTest } from '../helpers/tempDir';
import { PARTICIPANT_DIR } from '../helpers/workshop';

const tempDir = tempDirPerTest();

/** Only the loopback entry: a test never listens on a LAN address. */
const loopbackOnly = (): NodeJS.Dict<NetworkInterfaceInfo[]> => ({
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '', internal: true, cidr: null }],
});

/** A participant's socket on a join link: what it was sent, how it opened (101) or was refused (the HTTP status). */
function open(joinUrl: string) {
  const url = new URL(joinUrl);
  const ws = new WebSocket(`ws://${url.host}/ws?s=${url.searchParams.get('s')}`, { headers: { Origin: url.origin } });
  const got: HostMessage[] = [];
  ws.on('message', (d) => got.push(JSON.parse(String(d)) as HostMessage));
  const opened = new Promise<number>((resolve) => {
    ws.once('open', () => resolve(101));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(-1));
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const waitFor = async <T extends HostMessage['t']>(t: T): Promise<Extract<HostMessage, { t: T }>> => {
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      const found = got.find((m) => m.t === t);
      if (found) return found as Extract<HostMessage, { t: T }>;
      await new Promise((r) => setTimeout(r, 15));
    }
    throw new Error(`no ${t} message; got ${got.map((m) => m.t).join(', ')}`);
  };
  return { ws, got, opened, closed, waitFor };
}

async function codeExchange(origin: string, code: string) {
  const r = await fetch(`${origin}/join`, { method: 'POST', body: JSON.stringify({ code }) });
  return r.status;
}

describe('removing a participant changes the join link', () => {
  it('refuses the old link and code, shows the facilitator new ones, and keeps everyone else connected', async () => {
    const session = createSession({
      host: 'browser',
      version: '0',
      dataDir: tempDir(),
      emit: () => undefined,
      participantPageDir: PARTICIPANT_DIR,
      networkInterfaces: loopbackOnly,
    });
    await dispatch(session.api, 'map/new', { path: join(tempDir(), 'room.tandem'), template: 'sample' });
    const before = await session.api['workshop/start']({ address: '127.0.0.1' });
    if (!before.running) throw new Error('not running');
    const olena = open(before.joinUrl);
    const marek = open(before.joinUrl);
    expect(await olena.opened).toBe(101);
    expect(await marek.opened).toBe(101);
    olena.ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'rotation-olena', name: 'Olena' }));
    marek.ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'rotation-marek', name: 'Marek' }));
    const marekId = (await marek.waitFor('welcome')).participantId;
    await olena.waitFor('welcome');

    const after = await session.api['workshop/remove']({ participantId: marekId });
    if (!after.running) throw new Error('not running');
    expect(await marek.closed).toBe(4001);
    // The facilitator's status (the QR code and the code on screen) shows the new link and code.
    expect(after.joinUrl).not.toBe(before.joinUrl);
    expect(after.code).not.toBe(before.code);
    expect(new URL(after.joinUrl).origin).toBe(new URL(before.joinUrl).origin);

    // Marek, with a fresh page id, tries the old link and the old code: both open nothing.
    expect(await open(before.joinUrl).opened).toBe(403);
    expect(await codeExchange(new URL(before.joinUrl).origin, before.code)).toBe(403);

    // Olena never left: her socket is open, she learnt the new secret, and her next contribution lands.
    const rekey = await olena.waitFor('rekey');
    expect(rekey.secret).toBe(new URL(after.joinUrl).searchParams.get('s'));
    const store = session.store()!;
    const pain = makePainPoint({ cardId: store.doc.cards[0]!.id, title: 'Still in the room' });
    olena.ws.send(
      JSON.stringify({ t: 'cmd', id: 'cmd-rotation-01', command: { type: 'painPoint/add', painPoint: pain } }),
    );
    await olena.waitFor('applied');
    expect(store.doc.painPoints.some((p) => p.title === 'Still in the room')).toBe(true);

    // A reconnect (a phone waking up) uses the new secret, and the new link and code let a newcomer in.
    expect(await open(after.joinUrl).opened).toBe(101);
    expect(await codeExchange(new URL(after.joinUrl).origin, after.code)).toBe(200);
    olena.ws.close();
    await session.api['workshop/stop']({});
    session.close();
  });
});
