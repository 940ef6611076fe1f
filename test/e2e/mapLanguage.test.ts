import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../shared/templates';
import { hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

describe('a map’s own language in Chromium against the browser host', () => {
  it('makes a Polish service blueprint from an English UI, then turns the map Ukrainian in the inspector and back with undo', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, dir } = hosted;
    mkdirSync(results, { recursive: true });
    await page.locator('.toolbar').waitFor({ state: 'visible' });

    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New from template…' }).click();
    const start = page.getByRole('dialog', { name: 'Start a map' });
    const language = start.getByRole('combobox', { name: 'Map language' });
    expect(await language.inputValue()).toBe('en');
    await language.selectOption('pl');
    // The templates are listed as a Polish map will hold them.
    await start.getByText('Schemat usługi (blueprint)', { exact: true }).click();
    await start.getByText(/Punkty styku, działania klienta/).waitFor({ state: 'visible' });
    await start.getByRole('textbox', { name: 'Title' }).fill('Otwarcie konta');
    const expected = path.join(dir, 'Otwarcie konta.tandem');
    await expect.poll(() => start.getByRole('textbox', { name: /Save as/ }).inputValue()).toBe(expected);
    await page.screenshot({ path: path.join(results, 'map-language-start.png') });
    await start.getByRole('button', { name: 'Create map' }).click();

    // The new map: Polish lanes and stages on the canvas and on disk, and Polish recorded as its language.
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Otwarcie konta');
    for (const lane of ['Dowody fizyczne / punkty styku', 'Działania na scenie', 'Działania za kulisami'])
      await page.locator('.lane-header__title', { hasText: lane }).first().waitFor({ state: 'visible' });
    const made = mapOnDisk(expected);
    expect(made.meta.language).toBe('pl');
    expect(made.stages.map((s) => s.name)).toEqual([
      'Świadomość',
      'Przystąpienie',
      'Korzystanie',
      'Szukanie pomocy',
      'Odejście',
    ]);

    // With nothing selected the inspector shows the map: its language, changed with the keyboard.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const mapLanguage = page
      .getByRole('region', { name: 'Map inspector' })
      .getByRole('combobox', { name: 'Map language' });
    expect(await mapLanguage.inputValue()).toBe('pl');
    await mapLanguage.selectOption('uk');
    await expect.poll(() => mapOnDisk(expected).meta.language).toBe('uk');
    await page.screenshot({ path: path.join(results, 'map-language-inspector.png') });

    // One undo puts Polish back, in the window and in the file.
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => mapOnDisk(expected).meta.language).toBe('pl');
    expect(await mapLanguage.inputValue()).toBe('pl');
    expect(mapOnDisk(expected).meta.title).toBe('Otwarcie konta');
  });

  it('opens the Chinese sample map: a Shanghai store’s checkout, drawn in CJK glyphs', async () => {
    const sample = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'), 'zh');
    const hosted = await openMap(sample, { width: 1280, height: 720 });
    const { page } = hosted;
    mkdirSync(results, { recursive: true });
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('家电门店结账——新收银系统上线');
    for (const title of ['在收银台排队，扫码付款', '新收银系统：与支付终端握手很慢'])
      await page.getByText(title, { exact: true }).first().waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const language = page
      .getByRole('region', { name: 'Map inspector' })
      .getByRole('combobox', { name: 'Map language' });
    expect(await language.inputValue()).toBe('zh');
    await page.screenshot({ path: path.join(results, 'map-language-zh-sample.png') });
  });
});
