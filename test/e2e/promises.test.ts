import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeOpportunity, makePainPoint } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';
import { applyAll } from '../helpers/makeMap';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

const openMap = hostedMaps();

type Page = HostedMap['page'];

const shot = async (page: Page, name: string) => {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
};

/**
 * CSAT at the checkout. Before 1 October 2026: 5 of 10 at 4–5 (50 %). On 1 October: 4 answers of 1, counted on
 * neither side. After: 9 of 12 at 4–5 (75 %). All 26: 14 at 4–5 → 53.8 %, far under the map's target 80: broken.
 */
function survey(): string {
  const rows = [HEADER];
  let id = 0;
  const add = (count: number, value: number, at: string) => {
    for (let k = 0; k < count; k++) rows.push(`I${++id},customer,checkout,csat,${value},${at},`);
  };
  add(5, 5, '2026-09-20T10:00:00Z');
  add(5, 2, '2026-07-03T10:00:00Z');
  add(4, 1, '2026-10-01T12:00:00Z');
  add(9, 4, '2026-10-02T09:00:00Z');
  add(3, 1, '2026-12-30T18:00:00Z');
  return `${rows.join('\n')}\n`;
}

/** The sample map with a pain point at the till and an action, planned, that answers it. */
function sampleWithAction() {
  const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
  const till = doc.cards.find((c) => c.key === 'checkout')!;
  const pain = makePainPoint({ cardId: till.id, title: 'Queue at the till', side: 'customer' });
  const action = makeOpportunity({ title: 'Faster POS handshake', painPointIds: [pain.id], status: 'planned' });
  return applyAll(doc, [
    { type: 'painPoint/add', painPoint: pain },
    { type: 'opportunity/add', opportunity: action },
  ]);
}

/** Imports survey text through the host's API, as the browser host's file input does. */
async function importSurvey(page: Page, content: string): Promise<void> {
  const ok = await page.evaluate(async (text) => {
    const r = await fetch('api/survey%2FimportContent', {
      method: 'POST',
      body: JSON.stringify({ fileName: 'till.csv', content: text }),
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    });
    return ((await r.json()) as { ok: boolean }).ok;
  }, content);
  expect(ok).toBe(true);
}

describe('brand promises and action effects in Chromium', () => {
  it('states a promise in the inspector, shows its badge and the Promises table; a done action shows its before / after', async () => {
    const { page, file } = await openMap(sampleWithAction(), { width: 1280, height: 720 });
    await page.locator('.card__title', { hasText: 'Till with the new POS' }).waitFor({ state: 'visible' });
    await importSurvey(page, survey());
    await page.reload();

    // The promise, typed into the till card's inspector: CSAT is the metric and the map's 80 % the target.
    await page.locator('.card__title', { hasText: 'Till with the new POS' }).click();
    const promise = page.getByRole('group', { name: 'Brand promise' });
    await promise.getByLabel('Promise', { exact: true }).fill('You pay in under two minutes');
    await promise.getByLabel('Promise', { exact: true }).press('Enter');
    await expect
      .poll(() => mapOnDisk(file).cards.find((c) => c.key === 'checkout')!.promise)
      .toEqual({
        text: 'You pay in under two minutes',
        metric: 'csat',
      });
    const badge = page.locator('[data-card-id] [data-testid="promise-badge"]');
    await badge.waitFor({ state: 'visible' });
    expect(await badge.textContent()).toBe('✗ Broken');
    expect(await badge.getAttribute('aria-label')).toBe(
      'Promise “You pay in under two minutes”: Broken — 53.8% is below the target 80% (n = 26)',
    );
    await expect.poll(() => promise.getByTestId('promise-status').textContent()).toContain('n = 26');
    await shot(page, 'promise-inspector-badge.png');

    // Undo takes the promise away, redo brings it back.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await badge.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await badge.waitFor({ state: 'visible' });

    // The Promises table in the Scores tab.
    await page.getByRole('tab', { name: 'Scores' }).click();
    const table = page.getByTestId('promises-table');
    await table.waitFor({ state: 'visible' });
    const row = table.locator('tbody tr[data-key="checkout"]');
    expect(await row.locator('th').textContent()).toBe('You pay in under two minutesTill with the new POScheckout');
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      'CSAT 80%',
      '53.8%n = 26',
      '✗ Broken',
    ]);
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'promises-table.png');

    // Mark the action done in the register, move its done day to 1 October, and read its effect.
    await page.getByRole('tab', { name: 'Pain points' }).click();
    await page.getByRole('button', { name: /Open the pain point register/ }).click();
    const register = page.getByRole('region', { name: 'Pain point register' });
    await register.getByRole('tab', { name: /Actions/ }).click();
    const action = register.getByRole('group', { name: /Faster POS handshake/ });
    await action.getByLabel('Status').selectOption('done');
    const doneOn = action.getByLabel('Done on');
    await expect.poll(() => doneOn.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await doneOn.fill('2026-10-01');
    await expect
      .poll(() => mapOnDisk(file).opportunities.find((o) => o.title === 'Faster POS handshake')!)
      .toMatchObject({ status: 'done', doneAt: '2026-10-01' });
    const effect = action.getByTestId('action-effect');
    const csat = effect.locator('tr[data-metric="csat"]');
    await csat.waitFor({ state: 'visible' });
    expect(await effect.textContent()).toContain('2026-07-03 – 2026-09-30 against 2026-10-02 – 2026-12-30');
    expect((await csat.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      '50% (n = 10)',
      '75% (n = 12)',
      '+25',
    ]);
    await csat.scrollIntoViewIfNeeded();
    await shot(page, 'action-effect-register.png');

    // Back out of done: the day goes with it, and the effect says nothing.
    await action.getByLabel('Status').selectOption('in_progress');
    await expect
      .poll(() => mapOnDisk(file).opportunities.find((o) => o.title === 'Faster POS handshake')!.doneAt)
      .toBeUndefined();
    await effect.waitFor({ state: 'detached' });
  });

  it('speaks Polish in the inspector, on the badge and in the Promises table', async () => {
    const doc = sampleWithAction();
    const till = doc.cards.find((c) => c.key === 'checkout')!;
    const promised = applyAll(doc, [
      { type: 'card/update', id: till.id, patch: { promise: { text: 'Płacisz w dwie minuty', metric: 'csat' } } },
    ]);
    const { page } = await openMap(promised, { width: 1280, height: 720 }, 'pl-PL');
    await page.locator('.card__title', { hasText: 'Till with the new POS' }).waitFor({ state: 'visible' });
    await importSurvey(page, survey());
    await page.reload();
    await page.locator('.card__title', { hasText: 'Till with the new POS' }).click();
    const badge = page.locator('[data-card-id] [data-testid="promise-badge"]');
    await badge.waitFor({ state: 'visible' });
    expect(await badge.textContent()).toBe('✗ Złamana');
    await page.getByRole('group', { name: 'Obietnica marki' }).scrollIntoViewIfNeeded();
    await shot(page, 'promise-inspector-pl.png');
  });
});
