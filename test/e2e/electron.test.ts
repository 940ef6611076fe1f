// The real desktop app, driven by Playwright's Electron support. It needs an Electron binary: where the
// `electron` package could not download one (as on the offline build machines), the suite is skipped with
// a message saying so; it never pretends to pass. ELECTRON_OVERRIDE_DIST_PATH points it at an existing build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveElectronBinary } from '../../electron/main/electronBinary';
import { DocumentStore } from '../../electron/services/documentStore';
import { createFromTemplate } from '../../shared/templates/index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electron = resolveElectronBinary(root);
const suite = electron.path !== null ? describe : describe.skip;
if (electron.path === null)
  console.warn(`Electron e2e skipped: no Electron binary on this machine (${electron.reason}).`);

let app: ElectronApplication | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

/** Starts the built app on a fresh data folder, so the run starts as a first run. */
async function launch(files: string[] = []): Promise<ElectronApplication> {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run npm run build first`);
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-electron-e2e-'));
  const env = { ...process.env, TANDEM_HOME: dataDir } as Record<string, string>;
  // Chromium refuses to start its process sandbox as root (CI containers); the renderer stays isolated.
  // A map after the app folder is what a double-click hands over on Windows and Linux.
  const args = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, ...files];
  app = await _electron.launch({ executablePath: electron.path ?? undefined, args, cwd: root, env, timeout: 60_000 });
  return app;
}

suite('the desktop app (Electron)', () => {
  it('opens one Tandem window showing the sample map on first run', async () => {
    const running = await launch();
    const page = await running.firstWindow();
    await page
      .locator('.card__title', { hasText: 'Queues at the till to pay' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    const title = await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
    expect(title).toMatch(/Tandem/);
    expect(await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('runs the page isolated: no Node, no ipcRenderer, only the contract bridge', async () => {
    const page = await (await launch()).firstWindow();
    await page.waitForFunction(() => 'tandem' in window);
    const exposed = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      keys: Object.keys((window as unknown as { tandem: object }).tandem).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.keys).toContain('onEvent');
    expect(exposed.keys).not.toContain('invoke');
  });

  it('opens a double-clicked map in its window, another in a second window, and the first again in its own', async () => {
    const maps = mkdtempSync(path.join(tmpdir(), 'tandem-electron-maps-'));
    try {
      const bank = path.join(maps, 'bank.tandem');
      const shop = path.join(maps, 'shop.tandem');
      DocumentStore.create(bank, createFromTemplate('linked-cx-ex', 'Open an account')).close();
      DocumentStore.create(shop, createFromTemplate('service-blueprint', 'Shop checkout')).close();
      const running = await launch([bank]);
      const first = await running.firstWindow();
      await first.locator('.title-bar__title', { hasText: 'Open an account' }).waitFor({ timeout: 30_000 });
      // macOS hands a double-clicked file over as `open-file`; Windows and Linux as a second launch's argv.
      await running.evaluate(({ app }, file) => app.emit('open-file', { preventDefault: () => undefined }, file), shop);
      await expect.poll(() => running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
      await running.evaluate(({ app }, file) => app.emit('open-file', { preventDefault: () => undefined }, file), bank);
      await new Promise((r) => setTimeout(r, 500));
      expect(await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
    } finally {
      rmSync(maps, { recursive: true, force: true });
    }
  });
});
