import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

type Page = HostedMap['page'];

const sorted = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);

/** Presses at `from` and drags to `to` in small steps, as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 8, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 14 });
  await page.mouse.up();
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

async function shot(page: Page, name: string) {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
}

describe('stages, lanes, links and emotion curves in Chromium', () => {
  it('adds and renames a stage, adds a lane, reorders lanes, deletes a stage moving its cards, undoes, and keeps it all', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page, file } = hosted;
    await page.locator('.stage-header__name', { hasText: 'Discover' }).waitFor();

    // Add a stage with the + at the end of the stage row; its name opens for typing.
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('textbox', { name: 'Name of the stage' }).fill('Open an account');
    await page.keyboard.press('Enter');
    await page.locator('.stage-header__name', { hasText: 'Open an account' }).waitFor();
    await expect.poll(() => sorted(mapOnDisk(file).stages).at(-1)?.name).toBe('Open an account');

    // Add a lane from the menu under the last lane.
    await page.getByRole('button', { name: '+ Add lane' }).click();
    await page.getByRole('menuitem', { name: /Notes/ }).click();
    await page.getByRole('textbox', { name: 'Name of the lane' }).fill('Workshop notes');
    await page.keyboard.press('Enter');
    await expect.poll(() => sorted(mapOnDisk(file).lanes).at(-1)?.title).toBe('Workshop notes');

    // Drag the employee journey lane's header to the top: every blueprint line moves down by its height.
    const line = '.blueprint-line--visibility';
    const before = (await box(page, line)).y;
    const employee = await box(page, '.lane-header:has-text("Employee journey")');
    const top = await box(page, '.lane-header:has-text("Customer emotion")');
    await drag(page, { x: employee.x + 60, y: employee.y + employee.height / 2 }, { x: employee.x + 60, y: top.y + 6 });
    await expect.poll(() => sorted(mapOnDisk(file).lanes)[0]?.title).toBe('Employee journey');
    await expect.poll(async () => Math.round((await box(page, line)).y - before)).toBe(Math.round(employee.height));
    await shot(page, 'structure-reordered.png');

    // Delete the first stage, moving its cards to the stage after it.
    const discover = mapOnDisk(file).stages.find((s) => s.name === 'Discover')!;
    const itsCards = mapOnDisk(file)
      .cards.filter((c) => c.stageId === discover.id)
      .map((c) => c.id);
    await page.locator('.stage-header', { hasText: 'Discover' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete stage…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move them to “Buy”' }).click();
    await expect.poll(() => mapOnDisk(file).stages.some((s) => s.id === discover.id)).toBe(false);
    const buyId = mapOnDisk(file).stages.find((s) => s.name === 'Buy')!.id;
    expect(
      mapOnDisk(file)
        .cards.filter((c) => itsCards.includes(c.id))
        .every((c) => c.stageId === buyId),
    ).toBe(true);

    // Undo brings the stage and its cards back.
    await page.keyboard.press('Control+Z');
    await expect
      .poll(() => mapOnDisk(file).cards.filter((c) => c.stageId === discover.id).length)
      .toBe(itsCards.length);

    await page.reload();
    await page.locator('.stage-header__name', { hasText: 'Open an account' }).waitFor();
    await page.locator('.stage-header__name', { hasText: 'Discover' }).waitFor();
    await page.locator('.lane-header__title', { hasText: 'Workshop notes' }).waitFor();
    const lanes = await page.locator('.lane-header__title').allTextContents();
    expect(lanes[0]).toBe('Employee journey');
    await shot(page, 'structure.png');
  });

  it('links two cards by dragging from a handle, retypes the link, drags an emotion point to −2, and keeps it all', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page, file } = hosted;
    const from = '.react-flow__node-card .card-node:has-text("Website and shop window")';
    const to = '.react-flow__node-card .card-node:has-text("Online shop")';
    await page.locator(from).waitFor();
    const links = mapOnDisk(file).links.length;

    // Hovering a card shows its handles; drag the right-hand one onto the other card.
    const card = await box(page, from);
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    const handle = await box(page, `${from} .link-handle--source.react-flow__handle-right`);
    const target = await box(page, to);
    await drag(
      page,
      { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
    );
    await expect.poll(() => mapOnDisk(file).links.length).toBe(links + 1);
    const added = mapOnDisk(file).links.at(-1)!;
    expect(added.kind).toBe('flow');

    // The new link is selected: retype it to support from its toolbar.
    const toolbar = page.getByRole('toolbar', { name: 'Link' });
    await toolbar.getByRole('button', { name: 'Support' }).click();
    await expect.poll(() => mapOnDisk(file).links.find((l) => l.id === added.id)?.kind).toBe('support');
    await shot(page, 'link-toolbar.png');
    await page.keyboard.press('Escape');

    // Drag the customer emotion point of "Excited about the new TV" (+1) to the bottom of its lane.
    const excited = mapOnDisk(file).cards.find((c) => c.title === 'Excited about the new TV')!;
    const knob = await box(page, `.emotion-knob[data-card-id="${excited.id}"] .emotion-knob__dot`);
    await drag(
      page,
      { x: knob.x + knob.width / 2, y: knob.y + knob.height / 2 },
      { x: knob.x + knob.width / 2, y: knob.y + 400 },
    );
    await expect.poll(() => mapOnDisk(file).cards.find((c) => c.id === excited.id)?.emotion).toBe(-2);

    await page.reload();
    await page.locator(`.react-flow__edge[data-id="${added.id}"] .link-edge--support`).waitFor({ state: 'attached' });
    await expect
      .poll(() => page.locator('.card:has-text("Excited about the new TV") .emotion').textContent())
      .toBe('−2');
    await shot(page, 'links-emotion.png');
  });
});
