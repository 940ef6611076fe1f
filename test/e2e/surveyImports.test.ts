import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../shared/metrics/surveySchemas';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

type Page = HostedMap['page'];

function statsFromHost(page: Page, by?: 'month'): Promise<SurveyStats> {
  return page.evaluate(async (by) => {
    const r = await fetch('api/survey%2Fstats', {
      method: 'POST',
      body: JSON.stringify(by ? { by } : {}),
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    });
    return ((await r.json()) as { data: SurveyStats }).data;
  }, by);
}

const shot = async (page: Page, name: string) => {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
};

/**
 * Answers at the till in September and October, at a queue key the map does not know (it is the till), at a
 * pick-up point the map has no card for yet, and at a lobby nobody will assign.
 */
function surveyFile(dir: string): string {
  const rows = ['interaction_id,respondent,touchpoint,question,value,answered_at,comment'];
  for (let i = 0; i < 6; i++) {
    const month = i < 3 ? '09' : '10';
    rows.push(`S${i},customer,checkout,nps,${i < 3 ? 3 : 9},2026-${month}-1${i}T10:00:00Z,`);
    rows.push(`Q${i},customer,till_queue,nps,${i < 3 ? 2 : 10},2026-${month}-1${i}T11:00:00Z,`);
    rows.push(`P${i},customer,pickup,nps,8,2026-${month}-1${i}T12:00:00Z,`);
  }
  rows.push('L1,customer,lobby,nps,0,2026-10-20T09:00:00Z,');
  const file = path.join(dir, 'till-survey.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

describe('survey imports you review, remove and bring back, in Chromium', () => {
  it('reviews unmatched keys, assigns them, imports, shows the trend, removes the import and undoes that', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, dir, file } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    const csv = surveyFile(dir);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import survey…' }).click(),
    ]);
    await chooser.setFiles(csv);
    const review = page.getByRole('dialog', { name: 'Review “till-survey.csv” before importing' });
    await review.waitFor({ state: 'visible' });
    expect(await review.locator('.survey-review__summary').textContent()).toBe(
      '19 answers from 19 interactions (19 customer, 0 employee). Answered from 2026-09-10 to 2026-10-20 (UTC).',
    );
    const keys = await review.locator('tbody th').allTextContents();
    expect(keys).toEqual(['checkout', 'lobby', 'pickup', 'till_queue']);
    expect(await review.getByRole('status').textContent()).toBe(
      '3 keys match no card. Assign them to cards, or import anyway: their answers are kept under Unassigned.',
    );
    await shot(page, 'evidence-review-unmatched.png');

    // By keyboard: the queue is the till; the pick-up point gets a new card in Receive; the lobby stays out.
    const queue = review.getByRole('combobox', { name: 'Card for “till_queue”' });
    await queue.focus();
    await queue.selectOption({ label: 'Till with the new POS · Buy' });
    await review.getByRole('combobox', { name: 'Card for “pickup”' }).selectOption({ label: 'New card in “Receive”' });
    expect(await review.getByRole('status').textContent()).toBe(
      '1 key matches no card. Assign it to a card, or import anyway: its answers are kept under Unassigned.',
    );
    await shot(page, 'evidence-review-assigned.png');
    await review.getByRole('button', { name: 'Import anyway' }).press('Enter');

    const done = page.getByRole('dialog', { name: 'Survey imported' });
    await done.waitFor({ state: 'visible' });
    expect(await done.locator('.import-summary').textContent()).toContain('1 touchpoint key matches no card: lobby');
    await done.getByRole('button', { name: 'Done' }).click();

    const stats = await statsFromHost(page);
    expect(stats.touchpoints.map((t) => [t.key, t.card?.title ?? null])).toEqual([
      ['checkout', 'Till with the new POS'],
      ['pickup', 'pickup'],
      ['lobby', null],
    ]);
    // 12 answers at the till (6 given at the queue key): 6 promoters, 6 detractors.
    expect(stats.touchpoints[0]!.metrics.nps).toBe(0);
    expect(mapOnDisk(file).cards.some((c) => c.key === 'pickup' && c.title === 'pickup')).toBe(true);

    // The scorecard: Unassigned keeps the lobby; the trend shows the till getting better in October.
    await page.getByRole('tab', { name: 'Scores' }).click();
    await page.getByRole('rowheader', { name: 'Unassigned' }).waitFor({ state: 'visible' });
    await page.getByRole('combobox', { name: 'Show by' }).selectOption('month');
    const trend = page.getByRole('table', { name: 'NPS per Month (UTC)' });
    await trend.waitFor({ state: 'visible' });
    const buyRow = trend.locator('tr', { has: page.getByRole('rowheader', { name: 'Buy', exact: true }) });
    // The figures per month arrive from the host after the table is drawn: wait for them, not for the first paint.
    await expect
      .poll(() => buyRow.locator('td.trend__value').allTextContents(), { timeout: 15_000 })
      .toEqual(['−100', '+100']);
    await trend.scrollIntoViewIfNeeded();
    await shot(page, 'evidence-trend.png');

    // The Surveys tab: the import, removed in one step, brought back by Ctrl+Z.
    await page.getByRole('tab', { name: 'Surveys' }).click();
    const item = page.locator('.survey-imports__item');
    await item.waitFor({ state: 'visible' });
    expect(await item.textContent()).toContain('19 answers · 19 interactions · 2026-09-10 – 2026-10-20');
    expect(await item.textContent()).toContain('assigned: till_queue → checkout');
    await shot(page, 'evidence-surveys-tab.png');
    await page.getByRole('button', { name: 'Remove the import “till-survey.csv”' }).click();
    await page.getByText('No survey imported yet').waitFor({ state: 'visible' });
    await expect.poll(async () => (await statsFromHost(page)).touchpoints.length).toBe(0);
    await shot(page, 'evidence-removed.png');

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await item.waitFor({ state: 'visible' });
    await expect.poll(async () => (await statsFromHost(page)).touchpoints.length).toBe(3);
    expect((await statsFromHost(page, 'month')).periods!.map((p) => p.period)).toEqual(['2026-09', '2026-10']);
    await shot(page, 'evidence-undone.png');
  });
});
