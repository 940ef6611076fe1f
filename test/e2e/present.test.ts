import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presentSteps, stepCards } from '../../renderer/present/steps';
import { READING_FLOOR_PX } from '../../renderer/present/readingZoom';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const SAMPLE_CSV = path.join(root, 'test', 'fixtures', 'surveys', 'linked-survey-sample.csv');
const PROJECTOR = { width: 1280, height: 720 };

const openMap = hostedMaps();

type Page = HostedMap['page'];

const shot = async (page: Page, name: string) => {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
};

/** The step indicator's words once the view has settled there. */
const indicator = (page: Page) => page.getByTestId('present-step').textContent();

/**
 * The rendered size of card text, measured from the DOM once the view has stopped moving: the title's computed
 * font size times the canvas's scale. The smallest over the cards the spotlight shows.
 */
async function cardTextPx(page: Page): Promise<number> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60; i++) {
    const now = await page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      const title = document.querySelector('.card__title');
      if (!viewport || !title) return 0;
      const scale = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      return Number.parseFloat(getComputedStyle(title).fontSize) * scale;
    });
    same = now === last && now > 0 ? same + 1 : 0;
    if (same === 2) return now;
    last = now;
    await page.waitForTimeout(120);
  }
  return last;
}

/** Imports the sample survey through the toolbar, so the scorecard and the focus view have figures and gaps. */
async function importSurvey(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^(Import survey…|Importuj ankietę…)$/ }).click(),
  ]);
  await chooser.setFiles(SAMPLE_CSV);
  await page
    .locator('[role="dialog"] button')
    .filter({ hasText: /Import anyway|Importuj mimo to/ })
    .click();
  await page.locator('.import-summary').waitFor({ state: 'visible' });
  await page
    .locator('[role="dialog"] button')
    .filter({ hasText: /^(Done|Gotowe)$/ })
    .click();
}

describe('presentation mode in Chromium against the browser host, on a 1280 × 720 projector', () => {
  it('presents the sample with F5, steps by key at a readable size, shows the focus view, and leaves at the last card', async () => {
    const hosted = await openMap('sample', PROJECTOR);
    const { page, file } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    await importSurvey(page);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await page.locator('.editor--presenting').waitFor();
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    expect(await indicator(page)).toBe('Stage 1 of 5 · Discover');
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(READING_FLOOR_PX);
    await shot(page, 'present-stage-en.png');

    // A clicker sends Page Down / Page Up; the arrows and Space step too.
    const walk: [string, string][] = [
      ['ArrowRight', 'Stage 2 of 5 · Buy'],
      ['PageDown', 'Stage 3 of 5 · Receive'],
      ['Space', 'Stage 4 of 5 · Use'],
      ['PageUp', 'Stage 3 of 5 · Receive'],
      ['ArrowLeft', 'Stage 2 of 5 · Buy'],
      ['5', 'Stage 5 of 5 · Get help'],
      ['L', 'Lane 1 of 2 · Customer emotion'],
      ['L', 'Lane 2 of 2 · Employee emotion'],
    ];
    for (const [key, where] of walk) {
      await page.keyboard.press(key);
      await expect.poll(() => indicator(page)).toBe(where);
      expect(await cardTextPx(page), `card text at "${where}"`).toBeGreaterThanOrEqual(READING_FLOOR_PX);
    }
    await page.keyboard.press('L');
    await expect.poll(() => indicator(page)).toBe('Lane 1 of 2 · Customer emotion');
    await cardTextPx(page);
    await shot(page, 'present-lane-en.png');

    // The focus view of Buy: its figures are the scorecard's, to the character.
    await page.keyboard.press('2');
    await expect.poll(() => indicator(page)).toBe('Stage 2 of 5 · Buy');
    await page.keyboard.press('F');
    const focus = page.getByTestId('focus-view');
    await focus.waitFor({ state: 'visible' });
    expect(await focus.locator('h2').textContent()).toBe('Buy');
    expect(await focus.locator('.focus-card__pain').count()).toBeGreaterThan(0);
    await expect.poll(() => focus.locator('.focus-figures__value').allTextContents()).not.toContain('–');
    const focusFigures = await focus.locator('.focus-figures__value').allTextContents();
    expect(focusFigures).toHaveLength(4);
    expect(await focus.locator('.focus-card').count()).toBeGreaterThan(0);
    await shot(page, 'present-focus-en.png');

    // Esc closes the focus view, a second Esc leaves the presentation at the card the audience last saw.
    await page.keyboard.press('Escape');
    await focus.waitFor({ state: 'detached' });
    expect(await page.locator('.editor--presenting').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.editor--presenting').waitFor({ state: 'detached' });
    expect(await page.locator('.toolbar').isVisible()).toBe(true);
    const doc = mapOnDisk(file);
    const buy = presentSteps(doc)[1];
    if (!buy) throw new Error('the sample has five stages');
    const lastSeen = doc.cards.find((c) => c.id === stepCards(doc, buy)[0]);
    await expect.poll(() => page.locator('.card--selected .card__title').allTextContents()).toEqual([lastSeen?.title]);
    const box = await page.locator('.card--selected').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PROJECTOR.width).toBe(true);

    // The scorecard's row for Buy, metric by metric, as the focus view showed it.
    await page.getByRole('tab', { name: 'Scores' }).click();
    const row = await page.locator('.scorecard__stage[data-stage="Buy"] .scorecard__value').allTextContents();
    const order = doc.metrics.map((m) => m.kind);
    const scoreOrder = await page
      .locator('.scorecard__stage[data-stage="Buy"] td')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-metric')));
    const byKind = new Map(scoreOrder.map((kind, i) => [kind, row[i]]));
    expect(focusFigures).toEqual(order.map((kind) => byKind.get(kind)));
  });

  it('opens the focus view from the palette, and fits for reading next to Fit', async () => {
    const hosted = await openMap('sample', PROJECTOR);
    const { page } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    // Fit leaves the sample too small to read; Fit for reading (Ctrl+Shift+F) brings card text to the floor or more.
    await page.keyboard.press('Control+0');
    expect(await cardTextPx(page)).toBeLessThan(READING_FLOOR_PX);
    await page.keyboard.press('Control+Shift+F');
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(READING_FLOOR_PX);

    await page.locator('.card', { hasText: 'Delivery van' }).first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('focus view');
    await page.keyboard.press('Enter');
    const focus = page.getByTestId('focus-view');
    await focus.waitFor({ state: 'visible' });
    expect(await focus.locator('h2').textContent()).toBe('Receive');
    await page.keyboard.press('Escape');
    await focus.waitFor({ state: 'detached' });
  });

  it('keeps the facilitator’s running countdown on screen while presenting, and none when none runs', async () => {
    const hosted = await openMap('sample', PROJECTOR);
    const { page } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await page.locator('.editor--presenting').waitFor();
    expect(await page.locator('.present-timer [role="timer"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.editor--presenting').waitFor({ state: 'detached' });

    const timer = page.getByRole('group', { name: 'Countdown timer' });
    await timer.getByLabel('Minutes', { exact: true }).fill('3');
    await timer.getByRole('button', { name: 'Start timer' }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await page.locator('.editor--presenting').waitFor();
    // The title bar is hidden with the rest of the chrome; the room still sees the time left.
    expect(await page.locator('.title-bar').isVisible()).toBe(false);
    await page
      .locator('.present-timer')
      .getByRole('timer')
      .filter({ hasText: /^[23]:\d\d/ })
      .waitFor();
    await shot(page, 'present-timer-en.png');
  });

  it('speaks Polish to a Polish presenter: the indicator and the focus view', async () => {
    const hosted = await openMap('sample', PROJECTOR, 'pl-PL');
    const { page } = hosted;
    await page.locator('.card__title', { hasText: 'Delivery van' }).waitFor({ state: 'visible' });
    await importSurvey(page);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await expect.poll(() => indicator(page)).toBe('Etap 1 z 5 · Discover');
    await cardTextPx(page);
    await shot(page, 'present-stage-pl.png');
    await page.keyboard.press('L');
    await expect.poll(() => indicator(page)).toBe('Tor 1 z 2 · Customer emotion');
    await cardTextPx(page);
    await shot(page, 'present-lane-pl.png');
    await page.keyboard.press('2');
    await page.keyboard.press('F');
    const focus = page.getByTestId('focus-view');
    await focus.waitFor({ state: 'visible' });
    await expect.poll(() => focus.locator('.focus-figures__value').allTextContents()).not.toContain('–');
    expect(await focus.locator('h3').allTextContents()).toEqual([
      'Momenty klienta',
      'Za linią',
      'Wskaźniki',
      'Luki percepcji',
    ]);
    await shot(page, 'present-focus-pl.png');
  });
});
