import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleApiCall } from '../../electron/host/api';
import { handleCall, type SenderInfo } from '../../electron/main/ipc';
import { FakeWebContents } from '../../electron/main/testing/fakes';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession, type Session } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { batchEnvelopeSchema, singleCommandSchema, type Command } from '../../shared/commands/types';
import { makeCard } from '../../shared/factories';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
let session: Session | null = null;

afterEach(() => {
  session?.close();
  session = null;
  vi.restoreAllMocks();
});

async function openMap() {
  session = createSession({ host: 'browser', version: '0.1.0', dataDir: tempDir() });
  await dispatch(session.api, 'map/new', { path: join(tempDir(), 'bank.tandem'), template: 'linked-cx-ex' });
  const store = session.store()!;
  const doc = store.doc;
  const card = (title: string) => makeCard({ laneId: doc.lanes[2]!.id, stageId: doc.stages[0]!.id, title });
  // Counted from here on: every parse of a command (or of a batch's envelope) on its way to the file.
  const singles = vi.spyOn(singleCommandSchema, 'safeParse');
  const envelopes = vi.spyOn(batchEnvelopeSchema, 'safeParse');
  return { api: session.api, store, card, singles, envelopes };
}

/** POSTs one call to the browser host's API handler, served on loopback for the test. */
async function overHttp(api: Session['api'], name: string, body: unknown): Promise<ApiResult<unknown>> {
  const server = createServer((req, res) => void handleApiCall(api, name, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/${name}`, { method: 'POST', body: JSON.stringify(body) });
    return (await res.json()) as ApiResult<unknown>;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('commands are validated once, where they cross into the host', () => {
  it('parses a command once on its way from the contract to the file', async () => {
    const { api, store, card, singles } = await openMap();
    const command: Command = { type: 'card/add', card: card('Fills in the form') };
    expect(await dispatch(api, 'map/apply', { command, baseRevision: 0 })).toEqual({ ok: true, data: { revision: 1 } });
    expect(singles).toHaveBeenCalledTimes(1);
    expect(store.doc.cards.map((c) => c.title)).toContain('Fills in the form');
  });

  it('parses each command of a batch once, and its envelope once', async () => {
    const { api, card, singles, envelopes } = await openMap();
    const command: Command = {
      type: 'batch',
      label: 'Paste 2 cards',
      commands: [
        { type: 'card/add', card: card('One') },
        { type: 'card/add', card: card('Two') },
      ],
    };
    expect(await dispatch(api, 'map/apply', { command, baseRevision: 0 })).toMatchObject({ ok: true });
    expect(singles).toHaveBeenCalledTimes(2);
    expect(envelopes).toHaveBeenCalledTimes(1);
  });

  it('parses once through the Electron IPC handler', async () => {
    const { api, card, singles } = await openMap();
    const window = new FakeWebContents();
    const event = { sender: window, senderFrame: window.mainFrame } as unknown as SenderInfo;
    const command: Command = { type: 'card/add', card: card('Fills in the form') };
    const r = await handleCall(
      event,
      'map/apply',
      { command, baseRevision: 0 },
      {
        api,
        windowContents: () => window.asContents(),
      },
    );
    expect(r).toEqual({ ok: true, data: { revision: 1 } });
    expect(singles).toHaveBeenCalledTimes(1);
  });

  it('parses once through the browser host’s API', async () => {
    const { api, card, singles } = await openMap();
    const command: Command = { type: 'card/add', card: card('Fills in the form') };
    expect(await overHttp(api, 'map/apply', { command, baseRevision: 0 })).toEqual({ ok: true, data: { revision: 1 } });
    expect(singles).toHaveBeenCalledTimes(1);
  });

  it('still refuses a bad command at the boundary with a typed error, and the file is unchanged', async () => {
    const { api, store } = await openMap();
    const before = store.doc;
    const id = before.lanes[0]!.id;
    const r = await dispatch(api, 'map/apply', {
      command: { type: 'lane/update', id, patch: { title: 42 } },
      baseRevision: 0,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(store.doc).toBe(before);
    expect(store.revision).toBe(0);
    const onDisk = DocumentStore.openCopy(store.path);
    try {
      expect(onDisk.revision).toBe(0);
      expect(onDisk.doc).toEqual(before);
    } finally {
      onDisk.close();
    }
  });

  it('parses once when a command reaches the document store another way (command line, scripts)', async () => {
    const { store, card, singles } = await openMap();
    store.apply({ type: 'card/add', card: card('Typed in a script') });
    expect(singles).toHaveBeenCalledTimes(1);
    expect(() => store.apply({ type: 'card/update', id: store.doc.cards[0]!.id, patch: { emotion: 9 } })).toThrow(
      /emotion/,
    );
  });
});
