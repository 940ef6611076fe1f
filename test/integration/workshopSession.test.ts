import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import { makeCard } from '../../shared/factories';
import { tempDirPerTest } from '../helpers/tempDir';
import { PARTICIPANT_DIR } from '../helpers/workshop';

const tempDir = tempDirPerTest();

/** A laptop on Wi-Fi, as the operating system lists it; only the loopback entry is ever listened on here. */
const laptop = (): NodeJS.Dict<NetworkInterfaceInfo[]> => ({
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '', internal: true, cidr: null }],
  wlan0: [{ address: '192.168.1.23', netmask: '255.255.255.0', family: 'IPv4', mac: '', internal: false, cidr: null }],
});

describe('a workshop run from the facilitator’s session', () => {
  it('offers the LAN address, starts on the chosen one, tells participants the facilitator’s edits, and keeps a version when it ends', async () => {
    const events: string[] = [];
    const session = createSession({
      host: 'browser',
      version: '0',
      dataDir: tempDir(),
      emit: (e) => events.push(e),
      participantPageDir: PARTICIPANT_DIR,
      networkInterfaces: laptop,
    });
    await dispatch(session.api, 'map/new', { path: join(tempDir(), 'room.tandem'), template: 'sample' });
    const offered = await session.api['workshop/addresses']({});
    expect(offered.preferred).toBe('192.168.1.23');
    expect(offered.addresses.map((a) => a.address)).toEqual(['192.168.1.23', '127.0.0.1']);
    await expect(session.api['workshop/start']({ address: 'printer.local' })).rejects.toThrow(
      'not an address of this computer',
    );
    // Loopback in a test; a facilitator would pick the preselected LAN address.
    const started = await session.api['workshop/start']({ address: '127.0.0.1' });
    if (!started.running) throw new Error('not running');
    await expect(session.api['workshop/start']({ address: '127.0.0.1' })).rejects.toThrow('already running');
    const secret = new URL(started.joinUrl).searchParams.get('s');
    const ws = new WebSocket(`ws://${new URL(started.joinUrl).host}/ws?s=${secret}`);
    const got: { t: string; author?: string; command?: { type: string } }[] = [];
    ws.on('message', (d) => got.push(JSON.parse(String(d))));
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'session-test-1', name: 'Marek' }));
    const wait = async (pred: () => boolean) => {
      const until = Date.now() + 3000;
      while (!pred() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(pred()).toBe(true);
    };
    await wait(() => got.some((m) => m.t === 'welcome'));
    const status = await session.api['workshop/status']({});
    expect(status.running && status.people.map((p) => p.name)).toEqual(['Marek']);
    const store = session.store()!;
    const card = makeCard({
      laneId: store.doc.lanes[0]!.id,
      stageId: store.doc.stages[0]!.id,
      title: 'From the front',
    });
    await dispatch(session.api, 'map/apply', { command: { type: 'card/add', card }, baseRevision: store.revision });
    await wait(() => got.some((m) => m.t === 'applied' && m.author === 'facilitator'));
    expect(events).toContain('workshop/changed');
    const closed = new Promise((r) => ws.once('close', r));
    expect(await session.api['workshop/stop']({})).toEqual({ stopped: true });
    await closed;
    expect((await session.api['workshop/status']({})).running).toBe(false);
    expect(store.versions.list()[0]).toMatchObject({ reason: 'workshop' });
    session.close();
  });
});
