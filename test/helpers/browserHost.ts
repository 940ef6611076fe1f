import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { type BrowserHost, startBrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../../electron/services/export/chromium';
import type { TemplateName } from '../../shared/api/contract';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the Vite build of the renderer lives; `npm test` builds it before the e2e suite runs. */
export const RENDERER_DIR = path.join(root, 'dist', 'renderer');

/** A temp map served by an in-process browser host, and Chromium looking at it. */
export interface HostedMap {
  host: BrowserHost;
  file: string;
  dir: string;
  browser: Browser;
  page: Page;
  /** Closes the browser and the host and deletes the temp folder. */
  close(): Promise<void>;
}

/** Chromium as export starts it (CHROMIUM_PATH or the usual install paths, the same quiet-network flags). */
export { launchChromium };

/**
 * Creates a map from `template` (or the document given) in a fresh temp folder (its own data dir too), starts the
 * browser host on it and opens it in Chromium at `viewport`. Fails with a clear message when the renderer has not been built.
 */
export async function openHostedMap(
  template: TemplateName | TandemDoc,
  viewport = { width: 1600, height: 1000 },
  /** The browser's locale (`navigator.languages`), e.g. `pl-PL`; Chromium's own when absent. */
  locale?: string,
): Promise<HostedMap> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`the renderer is not built (${RENDERER_DIR} is missing): run npm run build:renderer first`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
  const given = typeof template === 'string' ? null : template;
  const file = path.join(dir, `${given ? 'map' : template}.tandem`);
  DocumentStore.create(
    file,
    given ?? createFromTemplate(template as TemplateName, undefined, new Date('2026-01-01T09:00:00Z')),
  ).close();
  const host = await startBrowserHost({
    file,
    dataDir: path.join(dir, 'data'),
    rendererDir: RENDERER_DIR,
    version: '0.0.0-e2e',
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport, ...(locale ? { locale } : {}) });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    await page.goto(host.url);
    const b = browser;
    let closed: Promise<void> | null = null;
    return {
      host,
      file,
      dir,
      browser: b,
      page,
      close() {
        closed ??= (async () => {
          await b.close();
          await host.close();
          rmSync(dir, { recursive: true, force: true });
          if (problems.length) console.warn(`browser reported:\n${problems.join('\n')}`);
        })();
        return closed;
      },
    };
  } catch (err) {
    await browser?.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * For a test file whose tests each open a hosted map: call once at the top level; the function it returns opens a
 * map like `openHostedMap`, and every map opened in a test is closed (browser, host, temp folder) after that test.
 */
export function hostedMaps(): typeof openHostedMap {
  const opened: HostedMap[] = [];
  afterEach(async () => {
    for (const hosted of opened.splice(0)) await hosted.close();
  });
  return async (...args) => {
    const hosted = await openHostedMap(...args);
    opened.push(hosted);
    return hosted;
  };
}

/** The map as its .tandem file holds it right now, read from the file itself. */
export function mapOnDisk(file: string): TandemDoc {
  const store = DocumentStore.open(file);
  try {
    return store.doc;
  } finally {
    store.close();
  }
}
