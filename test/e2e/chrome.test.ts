import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

/** The canvas's zoom and pan, read from React Flow's viewport transform. */
async function viewport(page: HostedMap['page']): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(transform);
  if (!m) throw new Error(`unexpected viewport transform "${transform}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** Title and lane titles of a map file, read from the file itself. */
function onDisk(file: string): { title: string; lanes: string[] } {
  const doc = mapOnDisk(file);
  return { title: doc.meta.title, lanes: doc.lanes.map((l) => l.title) };
}

describe('the window chrome in Chromium against the browser host', () => {
  it('makes a new map from a template on the start screen, renames it, zooms, shows the shortcuts, and still has it after a reload', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page, dir } = hosted;
    mkdirSync(results, { recursive: true });
    await page.locator('.toolbar').waitFor({ state: 'visible' });
    await page.locator('.toolbar').screenshot({ path: path.join(results, 'chrome-toolbar.png') });

    // Start screen from the Map menu.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.screenshot({
      path: path.join(results, 'chrome-map-menu.png'),
      clip: { x: 0, y: 0, width: 800, height: 420 },
    });
    await page.getByRole('menuitem', { name: 'New from template…' }).click();
    const start = page.getByRole('dialog', { name: 'Start a map' });
    await start.getByText('Linked CX–EX map', { exact: true }).click();
    await start.getByRole('textbox', { name: 'Title' }).click();
    await page.keyboard.type('Open an account');
    const expected = path.join(dir, 'Open an account.tandem');
    await expect.poll(() => start.getByRole('textbox', { name: /Save as/ }).inputValue()).toBe(expected);
    await page.screenshot({ path: path.join(results, 'chrome-start-screen.png') });
    await start.getByRole('button', { name: 'Create map' }).click();

    // The new map is open, with the template's lanes, and exists on disk.
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Open an account');
    expect(await page.getByRole('dialog').count()).toBe(0);
    for (const lane of ['Customer emotion', 'Customer actions', 'Employee journey', 'Employee emotion']) {
      await page.locator('.lane-header__title', { hasText: lane }).first().waitFor({ state: 'visible' });
    }
    expect(existsSync(expected)).toBe(true);
    expect(onDisk(expected).lanes).toContain('Employee journey');

    // Rename by double-clicking the title.
    await page.locator('.title-bar__title').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Bank: open an account');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Bank: open an account');
    await expect.poll(() => onDisk(expected).title).toBe('Bank: open an account');
    await expect.poll(() => page.locator('.status-bar__save').textContent()).toBe('Saved');

    // Zoom with the keyboard, then fit.
    const fitted = await viewport(page);
    await page.keyboard.press('Control+Equal');
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(fitted.zoom * 1.1);
    await page.keyboard.press('Control+Minus');
    await page.keyboard.press('Control+Minus');
    await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(fitted.zoom * 0.95);
    await page.keyboard.press('Control+Digit0');
    await expect.poll(async () => Math.abs((await viewport(page)).zoom - fitted.zoom)).toBeLessThan(0.02);

    // Space + drag pans, even starting on a lane.
    const before = await viewport(page);
    const canvas = await page.locator('.editor__canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.keyboard.down('Space');
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2 - 150, canvas.y + canvas.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    await expect.poll(async () => (await viewport(page)).x).toBeLessThan(before.x - 100);

    // The shortcut sheet with ?, closed with Esc.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor({ state: 'visible' });
    for (const group of ['Editing', 'Navigation', 'Map']) await sheet.getByRole('heading', { name: group }).waitFor();
    await page.screenshot({ path: path.join(results, 'chrome-shortcuts.png') });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // The host keeps the map it opened last: a reload shows it, renamed.
    await page.reload();
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Bank: open an account');
    expect(await page.locator('.title-bar__file').textContent()).toBe('Open an account.tandem');
    await page.locator('.lane-header__title', { hasText: 'Employee journey' }).first().waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(results, 'chrome-editor.png') });
  });
  it('opens the command palette with the keyboard and runs Zoom to fit and the side panel toggle from it', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page } = hosted;
    await page.locator('.side-panel').waitFor({ state: 'visible' });
    const fitted = await viewport(page);
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(fitted.zoom * 1.3);

    // Ctrl+K, type part of the name, Enter: the map is fitted again.
    await page.keyboard.press('Control+KeyK');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor({ state: 'visible' });
    await page.keyboard.type('fit');
    await expect.poll(() => palette.getByRole('option').first().textContent()).toBe('Zoom to fitCtrl+0');
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'chrome-command-palette.png') });
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => Math.abs((await viewport(page)).zoom - fitted.zoom)).toBeLessThan(0.02);

    // Again for the side panel, choosing with the arrow keys among the matches.
    await page.keyboard.press('Control+KeyK');
    await page.keyboard.type('side panel');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.side-panel').count()).toBe(0);

    // Esc closes the palette and runs nothing.
    await page.keyboard.press('Control+KeyK');
    await palette.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.side-panel').count()).toBe(0);
  });
});
