// The export dialog against the real browser host: the PDF and PNG it writes are read back from disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureMap } from '../../shared/render/svg';
import { createFromTemplate } from '../../shared/templates';
import { type HostedMap, hostedMaps } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results', 'export');
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

const openMap = hostedMaps();

async function openExportDialog(page: HostedMap['page']): Promise<void> {
  await page.getByRole('button', { name: /^Map/ }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'visible' });
}

/** Types a path into the Save to field as a user does: select all, then type. */
async function typePath(page: HostedMap['page'], value: string): Promise<void> {
  const field = page.getByLabel('Save to');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

describe('exporting from the dialog', () => {
  it('exports the sample map as a tiled A3 PDF with the appendix, and every card title is in it', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page, dir } = hosted;
    mkdirSync(results, { recursive: true });
    await page.locator('.card__title').first().waitFor({ state: 'visible' });
    await openExportDialog(page);
    await page.getByLabel('PDF', { exact: true }).check();
    await page.getByLabel('Paper').selectOption('A3');
    await page.getByLabel('Tiles across pages').check();
    await page.getByLabel(/Appendix/).check();
    const summary = (await page.getByTestId('export-summary').textContent()) ?? '';
    const m = /^(\d+) pages: overview \+ (\d+) × (\d+) tiles \+ appendix (\d+)$/.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(await page.getByTestId('preview-tile').count()).toBe(Number(m?.[2]) * Number(m?.[3]));
    await page.screenshot({ path: path.join(results, 'dialog-pdf.png') });
    if (updateScreenshots)
      await page
        .getByRole('dialog', { name: 'Export' })
        .screenshot({ path: path.join(root, 'docs', 'screenshots', 'export-dialog.png') });

    const out = path.join(dir, 'board pack.pdf');
    await typePath(page, out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByText('Saved to').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.getByText(out, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Copy path' }).count()).toBe(1);
    await page.screenshot({ path: path.join(results, 'dialog-saved.png') });

    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const doc = createFromTemplate('sample');
    for (const card of doc.cards) {
      // Titles wrap inside their cards: look for the first words, as a reader would search.
      expect(text, card.title).toContain(card.title.split(/\s+/).slice(0, 2).join(' '));
    }
    expect(text).toContain('Pain point register');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(Number(m?.[1]));

    execFileSync('pdftoppm', ['-png', '-r', '50', out, path.join(results, 'page')]);
    if (updateScreenshots) {
      mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '2',
        '-l',
        '2',
        '-singlefile',
        out,
        path.join(root, 'docs', 'screenshots', 'export-a3-page'),
      ]);
    }
  });

  it('exports a PNG at 2× whose pixels are twice the map’s size', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page, dir } = hosted;
    await page.locator('.card__title').first().waitFor({ state: 'visible' });
    await openExportDialog(page);
    await page.getByLabel('PNG', { exact: true }).check();
    await page.getByLabel('2×').check();
    const out = path.join(dir, 'map.png');
    await typePath(page, out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByText('Saved to').waitFor({ state: 'visible', timeout: 60_000 });
    const png = readFileSync(out);
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    // The title block prints today's date, which never changes the size.
    const map = measureMap(createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')));
    expect(size).toEqual({ width: map.width * 2, height: map.height * 2 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says readably when the folder does not exist', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page, dir } = hosted;
    await page.locator('.card__title').first().waitFor({ state: 'visible' });
    await openExportDialog(page);
    await page.getByLabel('SVG', { exact: true }).check();
    await typePath(page, path.join(dir, 'missing', 'map.svg'));
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain(`The folder ${path.join(dir, 'missing')} does not exist.`);
    await page.screenshot({ path: path.join(results, 'dialog-error.png') });
  });
});
