import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { createFromTemplate } from '../../shared/templates';
import { launchChromium, RENDERER_DIR } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

let dir: string;
let host: BrowserHost;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-lang-'));
  const file = path.join(dir, 'sample.tandem');
  DocumentStore.create(file, createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'))).close();
  host = await startBrowserHost({
    file,
    dataDir: path.join(dir, 'data'),
    rendererDir: RENDERER_DIR,
    version: '0.0.0-e2e',
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Our own words on the canvas whose box is narrower than their text: cut or overflowing. A card footer's "owner
 * needed" mark is left out: it is made to shrink to an ellipsis beside a long evidence tag, its full words in its title.
 */
const cutWords = `[...document.querySelectorAll(
  '.lane-header__kind, .lane-header__side, .corner span, .blueprint-line__label, .evidence, .pp-badge, .structure-add'
)].filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent)`;

async function open(locale: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale });
  await page.goto(host.url);
  await page.locator('.react-flow__node-card .card').first().waitFor({ timeout: 60_000 });
  return page;
}

describe('the canvas in the languages Tandem speaks, in Chromium at 1280 × 720', () => {
  for (const [locale, line, kind] of [
    ['pl-PL', 'Linia widoczności', 'Kulisy'],
    ['zh-CN', '可视线', '后台'],
    ['ru-RU', 'Линия видимости', 'Бэк-офис'],
  ] as const) {
    it(`opens in ${locale}'s language without any setting, its words whole`, async () => {
      const page = await open(locale);
      try {
        await expect.poll(() => page.locator('.blueprint-line__label').allTextContents()).toContain(line);
        expect(await page.locator('.lane-header__kind').allTextContents()).toContainEqual(
          expect.stringContaining(kind),
        );
        expect(await page.evaluate(cutWords)).toEqual([]);
        mkdirSync(results, { recursive: true });
        await page.screenshot({ path: path.join(results, `canvas-${locale}.png`) });
      } finally {
        await page.close();
      }
    });
  }

  it('changes the line labels and lane kinds at once when the UI switches language', async () => {
    const page = await open('pl-PL');
    try {
      await page.getByRole('button', { name: 'Język: Polski' }).click();
      await page.getByRole('menuitemradio', { name: 'Українська' }).click();
      await expect.poll(() => page.locator('.blueprint-line__label').allTextContents()).toContain('Лінія видимості');
      expect(await page.locator('.blueprint-line__label').allTextContents()).not.toContain('Linia widoczności');
      expect(await page.locator('.lane-header__kind').allTextContents()).toContainEqual(
        expect.stringContaining('Бек-офіс'),
      );
    } finally {
      await page.close();
    }
  });
});
