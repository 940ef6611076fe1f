import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

type Page = HostedMap['page'];
const QUEUES = 'Queues at the till to pay';
const CHAT = 'Chat agent answers';
const card = (page: Page, title: string) =>
  page.locator('.card', { has: page.locator('.card__title', { hasText: title }) });

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, `history-${name}.png`) });
}

/** The card titles in the file, sorted: what the map holds, whatever the window shows. */
const titlesOnDisk = (file: string) =>
  mapOnDisk(file)
    .cards.map((c) => c.title)
    .sort();

/** Retitles a card from the keyboard: select it, Enter, type, Enter. */
async function retitle(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await card(page, to).waitFor();
}

describe('version history in Chromium against the browser host', () => {
  it('saves a named version, compares the edited map with it, restores it, and undoes the restore', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, file } = hosted;
    await card(page, QUEUES).waitFor({ state: 'visible' });

    // A first edit, then File › Save Version… (Ctrl+S): an empty name is refused with a reason, then it saves.
    await retitle(page, QUEUES, 'Queues at the till');
    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: 'Save version' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Give the version a name');
    await page.keyboard.type('Before the Kyiv workshop');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const item = page.locator('.version-item', { hasText: 'Before the Kyiv workshop' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Today \d{1,2}:\d\d/);
    await shot(page, 'panel');
    const atVersion = titlesOnDisk(file);

    // More edits: one card retitled, one deleted, one added.
    await retitle(page, 'Queues at the till', 'Waits at the till');
    await card(page, CHAT).click();
    await page.keyboard.press('Delete');
    await card(page, CHAT).waitFor({ state: 'detached' });
    await card(page, 'Waits at the till').click();
    await page.keyboard.press('n');
    await page.keyboard.type('Pays by phone');
    await page.keyboard.press('Enter');
    await card(page, 'Pays by phone').waitFor();
    await expect.poll(() => titlesOnDisk(file)).toContain('Pays by phone');
    const beforeRestore = titlesOnDisk(file);

    // The version, read-only: the banner says so, and a key that would add a card is refused with the reason.
    await item.click();
    const banner = page.getByRole('region', { name: 'Version shown' });
    await expect.poll(() => banner.textContent()).toContain('Viewing ‘Before the Kyiv workshop’');
    await card(page, CHAT).waitFor();
    await card(page, 'Queues at the till').click();
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.status-bar__error').textContent()).toContain('read-only');
    expect(titlesOnDisk(file)).toEqual(beforeRestore);
    await shot(page, 'viewing');

    // Compare: the current map with the retitled card amber, the new one green, the deleted one a red ghost.
    await banner.getByRole('button', { name: 'Compare with current' }).click();
    await expect.poll(() => banner.textContent()).toContain('Comparing');
    const markOf = (title: string) => card(page, title).getAttribute('data-mark');
    await expect.poll(() => markOf('Pays by phone')).toBe('added');
    expect(await markOf('Waits at the till')).toBe('changed');
    expect(await markOf(CHAT)).toBe('removed');
    const list = page.getByRole('region', { name: 'What changed' });
    expect(await list.locator('.compare-group--changed').textContent()).toContain('was “Queues at the till”');
    expect(await list.locator('.compare-group--removed').textContent()).toContain(CHAT);
    expect(await list.locator('.compare-group--added').textContent()).toContain('Pays by phone');
    await shot(page, 'compare-map');
    // Choosing an item of the list selects its card and centres the canvas on it.
    await list.getByRole('button', { name: /Waits at the till/ }).click();
    await expect
      .poll(() => card(page, 'Waits at the till').evaluate((el) => el.classList.contains('card--selected')))
      .toBe(true);
    await page.waitForTimeout(400);
    await shot(page, 'compare');

    // Exporting the comparison says readably what came of it.
    await list.getByRole('button', { name: 'Export CSV…' }).click();
    const pathDialog = page.getByRole('dialog', { name: 'Export the changes (CSV)' });
    await pathDialog.waitFor();
    await page.keyboard.press('Escape');
    await pathDialog.waitFor({ state: 'detached' });

    // Restore: the map is the version again, in the window and in the file.
    await banner.getByRole('button', { name: 'Restore' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await card(page, CHAT).waitFor();
    await expect.poll(() => titlesOnDisk(file)).toEqual(atVersion);
    expect(await card(page, 'Pays by phone').count()).toBe(0);
    await shot(page, 'restored');

    // One undo takes the whole restore back; redo does it again.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await card(page, 'Pays by phone').waitFor();
    await expect.poll(() => titlesOnDisk(file)).toEqual(beforeRestore);
    await page.keyboard.press('Control+Shift+Z');
    await card(page, 'Pays by phone').waitFor({ state: 'detached' });
    await expect.poll(() => titlesOnDisk(file)).toEqual(atVersion);
  });

  it('opens a version as a copy, by keyboard alone', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, file, dir } = hosted;
    await card(page, QUEUES).waitFor({ state: 'visible' });
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    // Version history from the palette; Ctrl+S and a name; the new version takes the focus.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('version history');
    await page.keyboard.press('Enter');
    await page.getByText('No versions yet.').waitFor();
    await page.keyboard.press('Control+S');
    await page.keyboard.type('Before the Kyiv workshop');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toContain('Before the Kyiv workshop');
    const atVersion = titlesOnDisk(file);

    // An edit, then the version shown (Enter on it) and Open as copy… reached with Shift+Tab from the list.
    await retitle(page, QUEUES, 'Waits at the till');
    await page.locator('.version-item').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Version shown' }).waitFor();
    for (let i = 0; i < 40 && !(await focused()).includes('Open as copy'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toContain('Open as copy');
    await page.keyboard.press('Enter');
    const field = page.getByLabel(/Path of the new map file/);
    await field.waitFor();
    await shot(page, 'open-copy');
    const copy = path.join(dir, 'kyiv copy.tandem');
    await field.fill(copy);
    await page.keyboard.press('Enter');

    // The copy is open in the window, holds the version, and the map it came from keeps its edit.
    await page.getByText('kyiv copy.tandem', { exact: true }).waitFor();
    expect(existsSync(copy)).toBe(true);
    expect(titlesOnDisk(copy)).toEqual(atVersion);
    expect(titlesOnDisk(file)).toContain('Waits at the till');
    await page.getByText(/Opened a copy of “Before the Kyiv workshop”/).waitFor();
  });
});
