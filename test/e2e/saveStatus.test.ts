import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

describe('the save status in Chromium when the host stops', () => {
  it('shows an edit the file does not have as not saved, never as Saved, and keeps it on the map', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, host, file } = hosted;
    await page.locator('.react-flow__node').first().waitFor();
    const status = page.locator('.status-bar__save');
    await expect.poll(() => status.textContent()).toContain('Saved');
    const before = mapOnDisk(file).meta.title;

    await host.close();
    const title = page.getByRole('textbox', { name: 'Map title' });
    await title.fill('Checkout after the host stopped');
    await title.press('Tab');
    await page.getByText(/Not saved: 1 edit/).waitFor();
    await expect.poll(() => status.textContent()).not.toContain('Saved');
    // Not even the saved mark: the status's own check mark is drawn by CSS.
    const mark = await status.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(mark).not.toContain('✓');
    // The edit stays where the user made it; the file is as it was.
    expect(await title.inputValue()).toBe('Checkout after the host stopped');
    expect(mapOnDisk(file).meta.title).toBe(before);
    expect(await page.getByRole('button', { name: 'Copy the map' }).isVisible()).toBe(true);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'save-status-host-stopped.png') });
  });
});
