import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentStore } from '../../electron/services/documentStore';
import { WorkshopHub } from '../../electron/workshop/hub';
import { startWorkshopServer, type WorkshopServer } from '../../electron/workshop/server';
import { createFromTemplate } from '../../shared/templates';

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
