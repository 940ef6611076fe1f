// A damaged map in the browser host: opening it says what is wrong and offers its newest good backup, which opens
// as a copy by keyboard alone; the damaged file is left as it was.
import { existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { createFromTemplate } from '../../shared/templates';
import { hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

describe('recovering a damaged map in Chromium', () => {
  it('names the problem, offers the newest good backup and opens it as a copy, by keyboard', async () => {
    const hosted = await openMap('blank', { width: 1280, height: 720 });
    const { page, dir } = hosted;
    // Another map in the served folder that Tandem opened before (so it has a backup in the data folder) and
    // that was then cut to nothing, as a failed sync might leave it.
    const bank = path.join(dir, 'Bank.tandem');
    DocumentStore.create(bank, createFromTemplate('sample', 'Open an account')).close();
    const earlier = createSession({ host: 'browser', version: '0.0.0-e2e', dataDir: path.join(dir, 'data') });
    await earlier.open(bank);
    await earlier.backupsSettled();
    earlier.close();
    truncateSync(bank, 0);

    await page.locator('.title-bar__file').waitFor({ state: 'visible' });
    await page.keyboard.press('Control+O');
    const field = page.getByRole('textbox', { name: 'Open a map file (path)' });
    await field.waitFor({ state: 'visible' });
    await field.fill(bank);
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/"Bank\.tandem" is damaged: it is empty \(0 bytes\)/);
    const offer = page.getByRole('region', { name: 'Recover from a backup' });
    await expect.poll(() => offer.textContent()).toMatch(/backup from \d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}, 35 cards/);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'recovery-offer.png') });

    // The keyboard lands on the offer; Enter on it shows the copy's path, Enter again writes and opens the copy.
    const button = page.getByRole('button', { name: 'Open backup as copy…' });
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const out = page.getByRole('textbox', { name: /Path of the copy/ });
    await expect.poll(() => out.inputValue()).toBe(path.join(dir, 'Bank (recovered).tandem'));
    await page.screenshot({ path: path.join(results, 'recovery-copy-path.png') });
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('.title-bar__file').textContent()).toBe('Bank (recovered).tandem');
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Open an account');
    expect(readFileSync(bank).length).toBe(0);
    expect(existsSync(path.join(dir, 'Bank (recovered).tandem'))).toBe(true);
    expect(mapOnDisk(path.join(dir, 'Bank (recovered).tandem')).cards).toHaveLength(35);
  });
});
