import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { openHostedMap, type HostedMap } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

let hosted: HostedMap | undefined;
afterEach(async () => {
  await hosted?.close();
  hosted = undefined;
});

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
    hosted = await openHostedMap('sample', { width: 1920, height: 1080 });
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

  it('moves a card by dragging it to another stage, keeps it there after a reload, and undoes the move', async () => {
    hosted = await openHostedMap('sample', { width: 1920, height: 1080 });
    const { page } = hosted;
    const card = '.card:has-text("Waits at home for the delivery slot")';
    await page.locator(card).waitFor({ state: 'visible' });
    const lane = await page.locator(`.react-flow__node-card:has(${card})`).boundingBox();
    const useHeader = await page.locator('.stage-header', { hasText: 'Use' }).boundingBox();
    if (!lane || !useHeader) throw new Error('card or stage header not on screen');
    // Drop it low in the Use column of the same lane, below the card already there.
    await dragTo(page, card, { x: useHeader.x + useHeader.width / 2, y: lane.y + lane.height - 6 });

    await page.locator('button[aria-label="Undo Move card"]').waitFor({ state: 'visible' });
    const stageOf = async () => {
      const store = DocumentStore.open(hosted!.file);
      try {
        const doc = store.doc;
        const moved = doc.cards.find((c) => c.title === 'Waits at home for the delivery slot')!;
        return doc.stages.find((s) => s.id === moved.stageId)!.name;
      } finally {
        store.close();
      }
    };
    await expect.poll(stageOf).toBe('Use');

    await page.reload();
    await page.locator(card).waitFor({ state: 'visible' });
    const cardBox = await page.locator(card).boundingBox();
    const useAfter = await page.locator('.stage-header', { hasText: 'Use' }).boundingBox();
    expect(cardBox && useAfter && cardBox.x >= useAfter.x && cardBox.x < useAfter.x + useAfter.width).toBe(true);

    // History belongs to the window session; after the reload the move is on disk but not on the undo stack.
    await expect.poll(() => page.locator('button', { hasText: 'Undo' }).isDisabled()).toBe(true);
  });
});
