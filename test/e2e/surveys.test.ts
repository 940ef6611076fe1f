import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../shared/metrics/surveySchemas';
import { type HostedMap, hostedMaps } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const SAMPLE_CSV = path.join(root, 'test', 'fixtures', 'surveys', 'linked-survey-sample.csv');

const openMap = hostedMaps();

type Page = HostedMap['page'];

/** The host's statistics, asked for the way the renderer asks (same origin, the page's cookie). */
function statsFromHost(page: Page): Promise<SurveyStats> {
  return page.evaluate(async () => {
    const r = await fetch('api/survey%2Fstats', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    });
    return ((await r.json()) as { data: SurveyStats }).data;
  });
}

/** The scorecard row of a stage as text, cell by cell. */
function stageRow(page: Page, stage: string): Promise<string[]> {
  return page.locator(`.scorecard__stage[data-stage="${stage}"] td`).allTextContents();
}

const shot = async (page: Page, name: string) => {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
};

describe('linked surveys in Chromium against the browser host', () => {
  it('imports the sample survey through the file input and shows the scorecard, gap badges and comments, still there after a reload', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    // The import of 600 rows is quick: record whether the progress bar showed at all, and how far it got.
    await page.evaluate(() => {
      const w = window as unknown as { seenProgress: number };
      w.seenProgress = -1;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar) w.seenProgress = Math.max(w.seenProgress, Number(bar.getAttribute('aria-valuenow')));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import survey…' }).click(),
    ]);
    await chooser.setFiles(SAMPLE_CSV);
    // The review step: unknown_step matches no card; its answers are kept under Unassigned.
    await page
      .getByRole('dialog', { name: /^Review / })
      .getByRole('button', { name: 'Import anyway' })
      .click();
    const summary = page.locator('.import-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.textContent()).toContain('Imported 604 answers from 64 interactions');
    expect(await page.locator('.import-unknown').textContent()).toContain('unknown_step');
    expect(
      await page.evaluate(() => (window as unknown as { seenProgress: number }).seenProgress),
    ).toBeGreaterThanOrEqual(0);
    await shot(page, 'surveys-import-summary.png');
    await page.getByRole('button', { name: 'Done' }).click();

    const stats = await statsFromHost(page);
    const receive = stats.stages.find((s) => s.name === 'Receive')!.metrics;
    expect(receive.nps).not.toBeNull();

    // The scorecard: NPS, CSAT, CES | eNPS per stage, as the host computed them.
    await page.getByRole('tab', { name: 'Scores' }).click();
    await expect
      .poll(async () => (await stageRow(page, 'Receive')).join(' | '))
      .toContain(String(Math.abs(receive.nps!)));
    const row = await stageRow(page, 'Receive');
    expect(row).toHaveLength(4);
    expect(row[1]).toContain(`${receive.csat}%`);
    expect(row[2]).toContain(receive.ces!.toFixed(2));
    expect(row[3]).toContain(String(Math.abs(receive.enps!)));
    // Buy carries the NPS typed in by hand in the sample (−12, n 118, 2026-Q3).
    expect((await stageRow(page, 'Buy'))[0]).toContain('entered · n 118 · 2026-Q3');
    await shot(page, 'surveys-scorecard.png');

    // Perception-gap badges on the flagged touchpoints' cards.
    const flagged = stats.touchpoints.filter((t) => t.card && t.gaps.some((g) => g.flagged));
    expect(flagged.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="gap-badge"]').count()).toBe(flagged.length);
    const first = flagged[0]!;
    const badge = page.locator(`.react-flow__node[data-id="${first.card!.id}"] [data-testid="gap-badge"]`);
    const worst = Math.max(...first.gaps.filter((g) => g.flagged).map((g) => g.share ?? 0));
    expect(await badge.textContent()).toBe(`≠ ${Math.round(worst * 100)}%`);

    // The gaps panel, with comments from both sides in Cyrillic, Chinese and Polish.
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.locator('.gap-item').first().waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.gap-item__comments li').count()).toBeGreaterThan(0);
    const comments = (await page.locator('.gaps__list').textContent()) ?? '';
    for (const text of ['收银系统太慢了', 'Kasa działała wolno']) expect(comments).toContain(text);
    expect(comments).toMatch(/[А-Яа-я]{4,}/);
    await shot(page, 'surveys-gaps.png');

    // The canvas with the metrics lane in view.
    await page.locator('.metrics-cell').first().scrollIntoViewIfNeeded();
    await shot(page, 'surveys-canvas.png');

    await page.reload();
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-testid="gap-badge"]').count()).toBe(flagged.length);
    await page.getByRole('tab', { name: 'Scores' }).click();
    await expect.poll(async () => (await stageRow(page, 'Receive'))[1]).toContain(`${receive.csat}%`);
  });
});
