// Walkthrough 1 of DESIGN §7 from the keyboard alone (issue 15, ADR 0023): a new linked CX–EX map, ten cards in
// several lanes, two links, a card moved to another cell, an emotion value and a pain point, with not one pointer
// event — only page.keyboard drives the page. The .tandem file is read back to check what was kept.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TandemDoc } from '../../shared/schema/document';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const guide = path.join(root, 'docs', 'user-guide');
/** UPDATE_SCREENSHOTS=1 also copies the pictures into the user guide. */
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';
const PROJECTOR = { width: 1280, height: 720 };

const openMap = hostedMaps();

type Page = HostedMap['page'];

const CUSTOMER = 'Customer actions';
const BACKSTAGE = 'Backstage (staff the customer does not see)';
const EMOTION = 'Customer emotion';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(results, { recursive: true });
  const file = path.join(results, `keyboard-${name}.png`);
  await page.screenshot({ path: file });
  if (updateScreenshots) copyFileSync(file, path.join(guide, `keyboard-${name}.png`));
}

/** Counts every pointer event the page receives, so the test can prove it used none. */
async function watchPointer(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel'])
      window.addEventListener(type, () => w.pointerEvents++, true);
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

const said = (page: Page) =>
  page
    .getByTestId('live-region')
    .textContent()
    .then((t) => t ?? '');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      testId: el?.getAttribute('data-testid') ?? '',
      text: el?.textContent ?? '',
      role: el?.getAttribute('role') ?? null,
      tag: el?.tagName ?? '',
    };
  });

/** Presses `key` until the live region says what `wanted` looks for (the cursor announces every cell it enters). */
async function pressUntil(page: Page, key: string, wanted: (text: string) => boolean, most = 30): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (wanted(await said(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`pressed ${key} ${most} times and never heard it; last: ${await said(page)}`);
}

/** The cursor to a stage's cell of a lane: Ctrl+Home, down to the lane, right to the stage. */
async function goTo(page: Page, stage: string, lane: string): Promise<void> {
  await page.keyboard.press('Control+Home');
  await pressUntil(page, 'ArrowDown', (t) => t.includes(` · ${lane} · `));
  await pressUntil(page, 'ArrowRight', (t) => t.startsWith(`${stage} · `));
}

/** N, the title, Enter: a card where the cursor is. */
async function addCard(page: Page, title: string): Promise<void> {
  await page.keyboard.press('n');
  const box = page.locator('.card--editing textarea');
  await box.waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'detached' });
}

function cellOf(doc: TandemDoc, title: string): string {
  const c = doc.cards.find((x) => x.title === title);
  const stage = doc.stages.find((s) => s.id === c?.stageId)?.name;
  const lane = doc.lanes.find((l) => l.id === c?.laneId)?.title;
  return `${stage} / ${lane}`;
}

describe('the editor from the keyboard alone', () => {
  it('does walkthrough 1 — ten cards in three lanes, two links, a move, an emotion value, a pain point — without a pointer', async () => {
    const hosted = await openMap('linked-cx-ex', PROJECTOR);
    const { page, file } = hosted;
    await page.getByTestId('canvas').waitFor({ state: 'visible' });
    const pointerEvents = await watchPointer(page);

    // The first Tab stop is the skip link; it goes to the side panel's tabs, which answer the arrow keys.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to the side panel');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).role).toBe('tab');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(page)).text).toBe('Pain points');
    expect(await page.getByRole('tab', { name: 'Pain points' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await focused(page)).text).toBe('Inspector');

    // Back to the map: it is one tab stop.
    for (let i = 0; i < 150 && (await focused(page)).testId !== 'canvas'; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).testId).toBe('canvas');

    // Readable on the projector: zoom in from the keyboard; the cursor keeps itself in view.
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    // Six customer cards, two per stage: the cursor walks to empty cells and N fills them.
    await goTo(page, 'Discover', CUSTOMER);
    expect(await said(page)).toBe(`Discover · ${CUSTOMER} · empty cell`);
    await shot(page, 'cursor');
    const customer = [
      ['Sees an ad for the account', 'Compares fees online'],
      ['Opens the app', 'Uploads a selfie'],
      ['Waits for the identity check', 'Tops up the account'],
    ];
    for (const [i, pair] of customer.entries()) {
      for (const title of pair) await addCard(page, title);
      if (i < customer.length - 1) await page.keyboard.press('ArrowRight');
    }
    // Three backstage cards, in two stages.
    await goTo(page, 'Choose', BACKSTAGE);
    await addCard(page, 'Checks ID photos by hand');
    await addCard(page, 'Opens the account in the core system');
    await page.keyboard.press('ArrowRight');
    await addCard(page, 'Posts the card and PIN separately');

    // Link the back office to the customer moment it enables: K, the arrows to the target, Enter, the kind.
    await page.keyboard.press('k');
    await pressUntil(page, 'ArrowUp', (t) => t.includes('Tops up the account'));
    await page.keyboard.press('Enter');
    const kinds = page.getByRole('listbox', { name: 'Kind of link' });
    await kinds.waitFor({ state: 'visible' });
    expect(await kinds.getByRole('option', { selected: true }).textContent()).toContain('Support');
    await shot(page, 'link-kind');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toBe('Link cards');
    await goTo(page, 'Choose', BACKSTAGE);
    expect(await said(page)).toContain('Checks ID photos by hand');
    await page.keyboard.press('k');
    await pressUntil(page, 'ArrowUp', (t) => t.includes('Uploads a selfie'));
    await page.keyboard.press('Enter');
    await kinds.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await kinds.waitFor({ state: 'detached' });

    // Move a card to the next stage: M, →, Enter — one undo step.
    await pressUntil(page, 'ArrowDown', (t) => t.includes('Opens the account in the core system'));
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowRight');
    await shot(page, 'move');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toContain('Buy · Backstage');

    // An emotion value at the worst moment: a card on the emotion lane, then − twice.
    await goTo(page, 'Buy', EMOTION);
    await addCard(page, 'Waiting without news');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => said(page)).toBe('Emotion −2');
    // Undo and redo are announced by the step's name.
    await page.keyboard.press('Control+z');
    await expect.poll(() => said(page)).toBe('Undone: Set emotion');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => said(page)).toBe('Redone: Set emotion');

    // A pain point: P opens the card's pain points with the cursor in the new one's field.
    await goTo(page, 'Choose', CUSTOMER);
    await pressUntil(page, 'ArrowDown', (t) => t.includes('Uploads a selfie'));
    await page.keyboard.press('p');
    await expect.poll(async () => (await focused(page)).tag).toBe('INPUT');
    await page.keyboard.type('Selfie refused without a reason');
    await page.keyboard.press('Enter');
    await expect.poll(() => mapOnDisk(file).painPoints.length).toBe(1);

    // The file holds it all.
    const doc = mapOnDisk(file);
    expect(doc.cards).toHaveLength(10);
    expect(new Set(doc.cards.map((c) => c.laneId)).size).toBe(3);
    expect(cellOf(doc, 'Checks ID photos by hand')).toBe(`Choose / ${BACKSTAGE}`);
    expect(cellOf(doc, 'Opens the account in the core system')).toBe(`Buy / ${BACKSTAGE}`);
    expect(cellOf(doc, 'Waiting without news')).toBe(`Buy / ${EMOTION}`);
    expect(doc.cards.find((c) => c.title === 'Waiting without news')?.emotion).toBe(-2);
    const title = (id: string) => doc.cards.find((c) => c.id === id)?.title;
    expect(doc.links.map((l) => [title(l.fromId), title(l.toId), l.kind]).sort()).toEqual([
      ['Checks ID photos by hand', 'Uploads a selfie', 'support'],
      ['Posts the card and PIN separately', 'Tops up the account', 'support'],
    ]);
    expect(title(doc.painPoints[0]?.cardId ?? '')).toBe('Uploads a selfie');

    // Not one pointer event reached the page.
    expect(await pointerEvents()).toBe(0);
  });

  it('gives the map, its cards, lines and links roles and names a screen reader reads', async () => {
    const hosted = await openMap('sample', PROJECTOR);
    const { page } = hosted;
    await page.getByTestId('canvas').waitFor({ state: 'visible' });
    await page.keyboard.press('Control+0');
    const map = page.getByRole('application', { name: /^Journey map: / });
    await expect.poll(() => map.count()).toBe(1);
    // A card: stage · lane · title · pain points (and any emotion value or metric).
    const pay = page.getByRole('group', { name: /^Buy · .+ · Queues at the till to pay( · \d+ pain points?)?/ });
    await expect.poll(() => pay.count()).toBe(1);
    expect(await page.getByRole('separator', { name: 'Line of visibility' }).count()).toBe(1);
    expect(
      await page.getByRole('img', { name: /^(Flow|Support|Handoff) link from “.+” to “.+”$/ }).count(),
    ).toBeGreaterThan(0);
    // No node says "node", and no card is a tab stop of its own.
    expect(await page.locator('[aria-roledescription="node"]').count()).toBe(0);
    expect(await page.locator('.react-flow__node[tabindex="0"]').count()).toBe(0);
  });

  it('shows the cursor, the move and the link pickers in Russian', async () => {
    const hosted = await openMap('linked-cx-ex', PROJECTOR, 'ru-RU');
    const { page } = hosted;
    await page.getByTestId('canvas').waitFor({ state: 'visible' });
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    await goTo(page, 'Choose', BACKSTAGE);
    await addCard(page, 'Проверяет фото вручную');
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowUp');
    await page.getByTestId('keyboard-banner').waitFor({ state: 'visible' });
    expect(await page.getByTestId('keyboard-banner').textContent()).toContain('Перенос карточки');
    await shot(page, 'move-ru');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    await addCard(page, 'Открывает счёт');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox', { name: 'Вид связи' }).waitFor({ state: 'visible' });
    await shot(page, 'link-kind-ru');
    await page.keyboard.press('Escape');
    await expect.poll(() => said(page)).toBe('Связывание отменено');
  });
});
