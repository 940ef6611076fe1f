import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = path.join(root, 'docs', 'user-guide');

const openMap = hostedMaps();

type Page = HostedMap['page'];

/**
 * Linked answers at the till and the delivery, in three stores written in three scripts: Berlin's customers and
 * staff are the happiest, 北京's the least happy; two interactions name no store.
 */
function sitesFile(dir: string): string {
  const rows = ['interaction_id,respondent,touchpoint,question,value,answered_at,comment,site'];
  const stores = [
    { site: 'Berlin', nps: [10, 9, 9, 7], enps: [9, 9, 8, 6] },
    { site: 'Москва', nps: [9, 8, 6, 5], enps: [9, 7, 5, 4] },
    { site: '北京', nps: [6, 5, 3, 9], enps: [3, 2, 8, 5] },
  ];
  for (const s of stores) {
    s.nps.forEach((v, i) => {
      const tp = i % 2 === 0 ? 'checkout' : 'delivery';
      rows.push(`${s.site}-${i},customer,${tp},nps,${v},2026-10-0${i + 1}T10:00:00Z,,${s.site}`);
      rows.push(`${s.site}-${i},employee,${tp},enps,${s.enps[i]},2026-10-0${i + 1}T10:00:00Z,,${s.site}`);
    });
  }
  rows.push('X1,customer,checkout,nps,0,2026-10-09T10:00:00Z,,', 'X1,employee,checkout,enps,0,2026-10-09T10:00:00Z,,');
  const file = path.join(dir, 'stores.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

async function importSites(page: Page, dir: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^(Import survey…|Importuj ankietę…)$/ }).click(),
  ]);
  await chooser.setFiles(sitesFile(dir));
}

describe('sites side by side and the CX + EX index, in Chromium', () => {
  it('imports a file with sites, picks a site, compares the sites and weighs the index', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, dir, file } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    await importSites(page, dir);
    const review = page.getByRole('dialog', { name: 'Review “stores.csv” before importing' });
    await review.waitFor({ state: 'visible' });
    expect(await review.locator('.survey-review__sites').textContent()).toBe(
      'Sites in the file, with their interactions: Berlin (4), Москва (4), 北京 (4). Answers without a site count only in the whole map.',
    );
    await review.getByRole('button', { name: 'Import', exact: true }).press('Enter');
    const done = page.getByRole('dialog', { name: 'Survey imported' });
    await done.waitFor({ state: 'visible' });
    await done.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('tab', { name: 'Scores' }).click();
    const buy = () => page.locator('tr', { has: page.getByRole('button', { name: 'Buy', exact: true }) });
    // All sites, with the interaction that names none: the till's NPS [10, 9, 9, 6, 6, 3, 0] = (3 − 4) / 7 and
    // eNPS [9, 8, 9, 5, 3, 8, 0] = (2 − 3) / 7, both −14.29: index 42.857… → 42.9.
    await expect.poll(() => buy().locator('[data-metric="index"]').textContent()).toBe('42.9');

    // One site by keyboard: Berlin's till, NPS [10, 9] = +100 and eNPS [9, 8] = 50: index (100 + 75) / 2 = 87.5.
    const picker = page.getByRole('combobox', { name: 'Site' });
    await picker.focus();
    await picker.selectOption({ label: 'Berlin' });
    await expect.poll(() => buy().locator('[data-metric="index"]').textContent()).toBe('87.5');
    await picker.selectOption({ label: 'All sites' });

    const compare = page.getByRole('region', { name: 'Sites side by side' });
    await compare.scrollIntoViewIfNeeded();
    const sites = await compare.locator('tbody th').allTextContents();
    expect(sites).toEqual(['Berlin', 'Москва', '北京']);
    const berlin = compare.locator('tr[data-site="Berlin"] .site-compare__index').first();
    expect(await berlin.textContent()).toBe('87.5 ▲ best');
    // 北京's till: NPS [6, 3] = −100, eNPS [3, 8] = −50: index (0 + 25) / 2 = 12.5.
    expect(await compare.locator('tr[data-site="北京"] .site-compare__index').first().textContent()).toBe(
      '12.5 ▼ worst',
    );
    await page.screenshot({ path: path.join(guide, 'sites-comparison.png') });

    // The index weights: NPS three times eNPS, one undoable step; the formula follows.
    const weights = page.getByRole('form', { name: 'Index weights' });
    await weights.scrollIntoViewIfNeeded();
    await weights.getByLabel('NPS weight', { exact: true }).fill('3');
    await weights.getByRole('button', { name: 'Apply weights' }).press('Enter');
    await expect
      .poll(() => page.getByTestId('index-formula').textContent())
      .toContain('(3 × (NPS + 100) / 2 + 1 × (eNPS + 100) / 2) / 4');
    await expect.poll(() => mapOnDisk(file).meta.index?.parts[0]?.weight).toBe(3);
    await page.screenshot({ path: path.join(guide, 'sites-index-weights.png') });
  });

  it('shows the picker and the comparison in Polish at 1280 × 720', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 }, 'pl-PL');
    const { page, dir } = hosted;
    await page.locator('.card__title').first().waitFor({ state: 'visible' });
    await importSites(page, dir);
    const review = page.getByRole('dialog');
    await review.getByRole('button', { name: 'Importuj', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Gotowe' }).click();
    await page.getByRole('tab', { name: 'Wyniki' }).click();
    const compare = page.getByRole('region', { name: 'Porównanie lokalizacji' });
    await compare.waitFor({ state: 'visible' });
    await page.getByRole('combobox', { name: 'Lokalizacja' }).scrollIntoViewIfNeeded();
    expect(await compare.locator('tr[data-site="Berlin"] .site-compare__index').first().textContent()).toBe(
      '87,5 ▲ najlepszy',
    );
    await page.screenshot({ path: path.join(guide, 'sites-comparison-pl.png') });
  });
});
