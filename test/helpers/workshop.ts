import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { type BrowserHost, startBrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub } from '../../electron/workshop/hub';
import { startWorkshopServer, type WorkshopServer } from '../../electron/workshop/server';
import { createFromTemplate } from '../../shared/templates';
import { RENDERER_DIR } from './browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The participant page's build; `npm test` builds it before the e2e suite runs. */
export const PARTICIPANT_DIR = path.join(root, 'dist', 'participant');

/** Loopback only: a real workshop listens on the LAN address its facilitator picks, never in a test. */
export const LOOPBACK = '127.0.0.1';

export interface RunningWorkshop {
  store: DocumentStore;
  hub: WorkshopHub;
  server: WorkshopServer;
  close(): Promise<void>;
}

/** The sample map in a temp folder, a hub on it and a workshop listener on 127.0.0.1 serving the participant page. */
export async function startWorkshop(): Promise<RunningWorkshop> {
  if (!existsSync(path.join(PARTICIPANT_DIR, 'index.html')))
    throw new Error(`the participant page is not built (${PARTICIPANT_DIR}): run npm run build:participant first`);
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-workshop-'));
  const store = DocumentStore.create(path.join(dir, 'room.tandem'), createFromTemplate('sample'));
  const hub = new WorkshopHub({
    doc: () => store.doc,
    revision: () => store.revision,
    apply: (c) => store.applyParsed(c),
  });
  const server = await startWorkshopServer({ address: LOOPBACK, hub, pageDir: PARTICIPANT_DIR });
  return {
    store,
    hub,
    server,
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Interfaces = ReturnType<NonNullable<Parameters<typeof startBrowserHost>[0]['networkInterfaces']>>;

/** A faked interface list: loopback, plus any `extra` entries shown in the picker (which no test chooses). */
export function loopbackInterfaces(extra: Interfaces = {}): () => Interfaces {
  return () => ({
    lo: [{ address: LOOPBACK, netmask: '', family: 'IPv4', mac: '', internal: true, cidr: null }],
    ...extra,
  });
}

/** The facilitator's side of a room: the sample map in a temp folder, served by a browser host that can run workshops. */
export interface FacilitatorHost {
  dir: string;
  file: string;
  host: BrowserHost;
  /** Stops the host and deletes the temp folder. */
  close(): Promise<void>;
}

/** Starts a browser host on the sample map whose workshops can listen on loopback only (a faked interface list). */
export async function startFacilitatorHost(
  options: { prefix?: string; interfaces?: () => Interfaces } = {},
): Promise<FacilitatorHost> {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'tandem-room-'));
  const file = path.join(dir, 'room.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  const host = await startBrowserHost({
    file,
    dataDir: path.join(dir, 'data'),
    rendererDir: RENDERER_DIR,
    participantPageDir: PARTICIPANT_DIR,
    version: '0',
    networkInterfaces: options.interfaces ?? loopbackInterfaces(),
  });
  return {
    dir,
    file,
    host,
    async close() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The words of the join form, in the participant page's language. */
export interface JoinWords {
  name: string;
  join: string;
  live: string;
}
const ENGLISH_JOIN: JoinWords = { name: 'Your name', join: 'Join', live: 'Live' };

/**
 * Opens the join link in a new page of `context`, joins as `name` (saying `team` if given) and waits until the room
 * is live.
 */
export async function joinRoom(
  context: BrowserContext,
  url: string,
  name: string,
  options: { words?: JoinWords; team?: string } = {},
): Promise<Page> {
  const words = options.words ?? ENGLISH_JOIN;
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(words.name).fill(name);
  if (options.team) await page.getByLabel(/Your team/).fill(options.team);
  await page.getByRole('button', { name: words.join, exact: true }).click();
  await page.getByRole('status').filter({ hasText: words.live }).waitFor();
  return page;
}
