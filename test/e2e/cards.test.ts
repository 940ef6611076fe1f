import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../fixtures/generateMap';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

type Page = HostedMap['page'];
const card = (page: Page, title: string) =>
  page.locator('.card', { has: page.locator('.card__title', { hasText: title }) });

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, `cards-${name}.png`) });
}

/** The titles of the cards in the .tandem file, per cell as `lane / stage`, each cell in order. */
function cellsOnDisk(file: string): Record<string, string[]> {
  const doc = mapOnDisk(file);
  const out: Record<string, string[]> = {};
  for (const c of [...doc.cards].sort((a, b) => a.order - b.order)) {
    const key = `${doc.lanes.find((l) => l.id === c.laneId)?.title} / ${doc.stages.find((s) => s.id === c.stageId)?.name}`;
    const titles = out[key] ?? [];
    titles.push(c.title);
    out[key] = titles;
  }
  return out;
}

function titlesOnDisk(file: string): string[] {
  return Object.values(cellsOnDisk(file)).flat().sort();
}

/** Titles of the cards drawn in one column of one lane, top to bottom, as the user sees them. */
async function titlesInCell(page: Page, lane: string, stage: string): Promise<string[]> {
  // One round trip to the page: reading dozens of bounding boxes one by one is slow on a busy machine.
  return page.evaluate(
    ({ lane, stage }) => {
      const rectOf = (selector: string, text: string) =>
        [...document.querySelectorAll(selector)].find((el) => el.textContent?.includes(text))?.getBoundingClientRect();
      const row = rectOf('.react-flow__node-laneHeader', lane);
      const column = rectOf('.react-flow__node-stageHeader', stage);
      if (!row || !column) throw new Error(`lane ${lane} or stage ${stage} is not on screen`);
      return [...document.querySelectorAll('.react-flow__node-card .card')]
        .map((el) => ({ b: el.getBoundingClientRect(), title: el.querySelector('.card__title')?.textContent ?? '' }))
        .filter(({ b }) => {
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          return cx > column.x && cx < column.x + column.width && cy > row.y && cy < row.y + row.height;
        })
        .sort((a, z) => a.b.y - z.b.y)
        .map((f) => f.title);
    },
    { lane, stage },
  );
}

describe('cards in Chromium against the browser host', () => {
  it('makes a card by double-clicking a cell and three more with the keyboard alone, all in the file after a reload', async () => {
    const hosted = await openMap('service-blueprint', { width: 1600, height: 1000 });
    const { page, file } = hosted;
    await page.locator('.react-flow__node-stageHeader', { hasText: 'Join' }).waitFor({ state: 'visible' });
    const row = await page.locator('.react-flow__node-laneHeader', { hasText: 'Customer actions' }).boundingBox();
    const column = await page.locator('.react-flow__node-stageHeader', { hasText: 'Join' }).boundingBox();
    if (!row || !column) throw new Error('the Customer actions lane or the Join stage is not on screen');

    await page.mouse.dblclick(column.x + column.width / 2, row.y + row.height / 2);
    const box = page.locator('textarea.card__title-input');
    await box.waitFor({ state: 'visible' });
    await page.keyboard.type('Opens the banking app');
    await page.keyboard.press('Enter');
    await card(page, 'Opens the banking app').waitFor({ state: 'visible' });

    for (const title of ['Signs up with email', 'Verifies identity with a selfie', 'Funds the new account']) {
      await page.keyboard.press('n');
      await box.waitFor({ state: 'visible' });
      await page.keyboard.type(title);
      if (title.startsWith('Funds')) await shot(page, 'editing');
      await page.keyboard.press('Enter');
      await card(page, title).waitFor({ state: 'visible' });
    }
    const expected = [
      'Opens the banking app',
      'Signs up with email',
      'Verifies identity with a selfie',
      'Funds the new account',
    ];
    expect(await titlesInCell(page, 'Customer actions', 'Join')).toEqual(expected);
    // Each card is one undo step, its title included.
    expect(await page.locator('button[aria-label="Undo Add card"]').count()).toBe(1);
    await expect.poll(() => cellsOnDisk(file)['Customer actions / Join']).toEqual(expected);

    await page.reload();
    await card(page, 'Funds the new account').waitFor({ state: 'visible' });
    expect(await titlesInCell(page, 'Customer actions', 'Join')).toEqual(expected);
  });

  it('keeps every character typed straight after N on a 2,000-card map', async () => {
    // A fast typist does not wait for the title field: the new card and its field must be there with the keypress.
    const hosted = await openMap(generateMap(2000), { width: 1600, height: 1000 });
    const { page, file } = hosted;
    await page.locator('.react-flow__node-card .card').nth(5).click();
    const typed = ['Quick typing one', 'Quick typing two', 'Quick typing three'];
    for (const title of typed) {
      await page.keyboard.press('n');
      await page.keyboard.type(title, { delay: 0 });
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() =>
        mapOnDisk(file)
          .cards.map((c) => c.title)
          .filter((t) => t.includes('typing')),
      )
      .toEqual(expect.arrayContaining(typed));
    expect(
      mapOnDisk(file)
        .cards.map((c) => c.title)
        .filter((t) => t.includes('typing')),
    ).toHaveLength(3);
  });

  it('deletes two shift-clicked cards and undoes it, copies and pastes a card, finds one, and keeps it all after a reload', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page, file } = hosted;
    const before = titlesOnDisk(file);
    const first = 'Queues at the till to pay';
    const second = 'Orders online for home delivery';

    await card(page, first).click();
    await page.keyboard.down('Shift');
    await card(page, second).click();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.locator('.card--selected').count()).toBe(2);
    await shot(page, 'selection');
    await page.keyboard.press('Delete');
    await expect.poll(() => card(page, first).count()).toBe(0);
    expect(await card(page, second).count()).toBe(0);
    await expect.poll(() => titlesOnDisk(file).length).toBe(before.length - 2);
    await page.keyboard.press('Control+Z');
    await card(page, first).waitFor({ state: 'visible' });
    await card(page, second).waitFor({ state: 'visible' });
    await expect.poll(() => titlesOnDisk(file)).toEqual(before);

    await card(page, first).click();
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    await expect.poll(() => card(page, first).count()).toBe(2);
    await expect.poll(() => titlesOnDisk(file).filter((t) => t === first).length).toBe(2);

    await page.keyboard.press('Control+F');
    const find = page.getByRole('searchbox', { name: 'Find cards' });
    await find.waitFor({ state: 'visible' });
    await page.keyboard.type('delivery slot');
    await page.locator('.find-bar__status', { hasText: '1 match' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.find-bar__status', { hasText: '1 of 1' }).waitFor();
    await expect
      .poll(() => page.locator('.card--match-current .card__title').textContent())
      .toBe('Waits at home for the delivery slot');
    await shot(page, 'find');
    await page.keyboard.press('Escape');
    await expect.poll(() => find.count()).toBe(0);
    expect(await page.locator('.card--match').count()).toBe(0);
    expect(await page.locator('[role="alert"]').count()).toBe(0);

    await page.reload();
    await card(page, second).waitFor({ state: 'visible' });
    expect(await card(page, first).count()).toBe(2);
    expect(titlesOnDisk(file)).toEqual([...before, first].sort());
  });

  it('reorders a card inside its cell by dragging, and drags two selected cards to another stage as one undo step', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page, file } = hosted;
    const top = 'Orders online for home delivery';
    const below = 'Queues at the till to pay';
    await card(page, top).waitFor({ state: 'visible' });
    expect((await titlesInCell(page, 'Customer actions', 'Buy')).slice(0, 2)).toEqual([top, below]);

    // Drag the lower card up onto the top half of the one above it.
    const from = await card(page, below).boundingBox();
    const to = await card(page, top).boundingBox();
    if (!from || !to) throw new Error('cards not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(async () => (await titlesInCell(page, 'Customer actions', 'Buy')).slice(0, 2))
      .toEqual([below, top]);
    await expect.poll(() => cellsOnDisk(file)['Customer actions / Buy']?.slice(0, 2)).toEqual([below, top]);

    // Select both and drag them one stage to the right: one step on the Undo button.
    await card(page, below).click();
    await page.keyboard.down('Shift');
    await card(page, top).click();
    await page.keyboard.up('Shift');
    const grab = await card(page, top).boundingBox();
    const use = await page.locator('.react-flow__node-stageHeader', { hasText: 'Receive' }).boundingBox();
    if (!grab || !use) throw new Error('card or stage not on screen');
    await page.mouse.move(grab.x + grab.width / 2, grab.y + grab.height / 2);
    await page.mouse.down();
    await page.mouse.move(grab.x + grab.width / 2 + 10, grab.y + grab.height / 2, { steps: 3 });
    await page.mouse.move(use.x + use.width / 2, grab.y + grab.height / 2 - 20, { steps: 12 });
    await page.mouse.up();
    await page.locator('button[aria-label="Undo Move 2 cards"]').waitFor({ state: 'visible' });
    await expect
      .poll(async () =>
        (await titlesInCell(page, 'Customer actions', 'Receive')).filter((t) => t === top || t === below),
      )
      .toEqual([below, top]);
    await page.keyboard.press('Control+Z');
    await expect
      .poll(async () => (await titlesInCell(page, 'Customer actions', 'Buy')).slice(0, 2))
      .toEqual([below, top]);
    await expect.poll(() => cellsOnDisk(file)['Customer actions / Buy']?.slice(0, 2)).toEqual([below, top]);
  });
});
