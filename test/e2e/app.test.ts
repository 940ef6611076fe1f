import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

const openMap = hostedMaps();

/** Drags an element by its centre to a point on the page, in small steps as a hand would. */
async function dragTo(page: HostedMap['page'], selector: string, to: { x: number; y: number }): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('the editor in Chromium against the browser host', () => {
  it('shows the sample map with its title, stages, lanes, blueprint lines and cards', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page } = hosted;
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Retail checkout — new POS rollout');
    await expect.poll(() => page.locator('.title-bar__file').textContent()).toBe('sample.tandem');
    for (const stage of ['Discover', 'Buy', 'Receive', 'Use', 'Get help']) {
      await page.locator('.stage-header__name', { hasText: stage }).waitFor({ state: 'visible' });
    }
    for (const lane of ['Touchpoints', 'Customer actions', 'Support processes and systems']) {
      await page.locator('.lane-header__title', { hasText: lane }).first().waitFor({ state: 'visible' });
    }
    await page.locator('.blueprint-line__label', { hasText: 'Line of visibility' }).waitFor({ state: 'visible' });
    await page.locator('.card__title', { hasText: 'Queues at the till to pay' }).waitFor({ state: 'visible' });
    expect(await page.locator('.react-flow__edge.link--support').count()).toBeGreaterThan(0);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'app.png') });
    if (updateScreenshots) {
      mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(root, 'docs', 'screenshots', 'sample-map.png') });
    }
  });

  it('moves a card by dragging it to another stage and finds it there after a reload', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page } = hosted;
    await dragCardToStage(page, WAITS, 'Use');
    await page.locator('button[aria-label="Undo Move card"]').waitFor({ state: 'visible' });
    await expect.poll(() => stageOnDisk(hosted.file, WAITS)).toBe('Use');

    await page.reload();
    await page.locator(cardSelector(WAITS)).waitFor({ state: 'visible' });
    expect(await stageOnScreen(page, WAITS)).toBe('Use');
    // History belongs to the window session; after a reload the move is in the file but not on the undo stack.
    expect(await page.locator('button', { hasText: 'Undo' }).isDisabled()).toBe(true);
  });

  it('undoes a drag with the Undo button and redoes it with Ctrl+Shift+Z, saving each step', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page } = hosted;
    await dragCardToStage(page, WAITS, 'Use');
    await expect.poll(() => stageOnDisk(hosted.file, WAITS)).toBe('Use');

    await page.locator('button[aria-label="Undo Move card"]').click();
    await expect.poll(() => stageOnScreen(page, WAITS)).toBe('Receive');
    await expect.poll(() => stageOnDisk(hosted.file, WAITS)).toBe('Receive');
    expect(await page.locator('button[aria-label="Redo Move card"]').isEnabled()).toBe(true);

    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stageOnScreen(page, WAITS)).toBe('Use');
    await expect.poll(() => stageOnDisk(hosted.file, WAITS)).toBe('Use');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
  });
});

const WAITS = 'Waits at home for the delivery slot';
const cardSelector = (title: string) => `.card:has-text("${title}")`;

/** Drags a card into the named stage's column of its own lane, low in the cell (after the cards there). */
async function dragCardToStage(page: HostedMap['page'], title: string, stage: string): Promise<void> {
  await page.locator(cardSelector(title)).waitFor({ state: 'visible' });
  const cell = await page.locator(cardSelector(title)).boundingBox();
  const header = await page.locator('.stage-header', { hasText: stage }).boundingBox();
  if (!cell || !header) throw new Error('card or stage header not on screen');
  await dragTo(page, cardSelector(title), { x: header.x + header.width / 2, y: cell.y + cell.height - 6 });
}

/** The stage whose header column the card is drawn in. */
async function stageOnScreen(page: HostedMap['page'], title: string): Promise<string | null> {
  const card = await page.locator(cardSelector(title)).boundingBox();
  if (!card) return null;
  for (const header of await page.locator('.stage-header').all()) {
    const box = await header.boundingBox();
    if (box && card.x >= box.x && card.x < box.x + box.width) return header.textContent();
  }
  return null;
}

/** The stage the card is in according to the .tandem file itself. */
function stageOnDisk(file: string, title: string): string | undefined {
  const doc = mapOnDisk(file);
  const card = doc.cards.find((c) => c.title === title);
  return doc.stages.find((s) => s.id === card?.stageId)?.name;
}
