import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostedMaps } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

describe('recent maps on the start screen, in Chromium against the browser host', () => {
  it('lists the maps opened with their thumbnails, marks one that was deleted, and removes it', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, dir, host, file } = hosted;
    // Three more maps opened in this folder, one of them deleted since; then back to the sample map.
    await host.session['map/new']({
      path: path.join(dir, 'Open an account.tandem'),
      template: 'linked-cx-ex',
      title: 'Bank: open an account',
    });
    await host.session['map/new']({
      path: path.join(dir, 'Onboarding.tandem'),
      template: 'employee-journey',
      title: 'New hire onboarding',
    });
    const gone = path.join(dir, 'Old draft.tandem');
    await host.session['map/new']({ path: gone, template: 'service-blueprint', title: 'Old draft' });
    await host.session['map/open']({ path: file });
    rmSync(gone);

    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New from template…' }).click();
    const start = page.getByRole('dialog', { name: 'Start a map' });
    const items = start.locator('.recent-list__item');
    await expect.poll(() => items.count()).toBe(4);
    // Every map that is there has its picture, drawn from the file when it was last left.
    await expect.poll(() => start.locator('img.recent-list__thumbnail').count()).toBe(3);
    for (const img of await start.locator('img.recent-list__thumbnail').all())
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const draft = items.filter({ hasText: 'Old draft' });
    await expect.poll(() => draft.textContent()).toContain('Not found: moved, renamed or deleted');
    expect(await draft.getByRole('button', { name: /^Open/ }).count()).toBe(0);

    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'start-screen-recent.png') });

    // By keyboard: Tab to the Remove button of the deleted map and press Enter.
    await draft.getByRole('button', { name: 'Remove Old draft from the recent maps' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(3);
    expect(((await host.session['recent/list']({})) as Array<{ path: string }>).map((r) => r.path)).not.toContain(gone);
  });
});
