import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCard } from '../../shared/factories';
import { launchChromium } from '../helpers/browserHost';
import { joinRoom, type RunningWorkshop, startFacilitatorHost, startWorkshop } from '../helpers/workshop';

const SHOTS = process.env.TANDEM_SHOTS;
let browser: Browser;
let room: RunningWorkshop;

beforeAll(async () => {
  browser = await launchChromium();
  room = await startWorkshop();
});
afterAll(async () => {
  await browser?.close();
  await room?.close();
});

/** The map layer's transform, as the page draws it. */
const layerTransform = (page: Page) => page.locator('.mc-layer').evaluate((el) => (el as HTMLElement).style.transform);
const zoomOf = async (page: Page) => Number(await page.locator('.map-canvas').getAttribute('data-zoom'));

describe('the participant page on a laptop and on a phone', () => {
  it('shows a laptop the live map to pan and zoom, a phone the list, and a new card on both', async () => {
    const laptopContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    const laptop = await joinRoom(laptopContext, room.server.joinUrl, 'Olena', { team: 'Logistics' });
    const phone = await joinRoom(phoneContext, room.server.joinUrl, 'Marek');
    const canvas = laptop.getByRole('application', { name: /The map/ });
    await canvas.waitFor();
    // Every stage and lane of the map is on the canvas, placed by the editor's layout.
    expect(await laptop.locator('.mc-stage').count()).toBe(room.store.doc.stages.length);
    expect(await laptop.locator('.mc-lane').count()).toBe(room.store.doc.lanes.length);
    expect(await phone.locator('.map-canvas').count()).toBe(0);
    await phone.locator('.stage .lane').first().waitFor();

    // The facilitator adds a card: it arrives on the laptop's canvas and in the phone's list.
    const doc = room.store.doc;
    const lane = doc.lanes.find((l) => l.kind === 'customer')!;
    const card = makeCard({
      laneId: lane.id,
      stageId: doc.stages[0]!.id,
      title: 'Reads the price tag twice',
      order: 99,
    });
    const { revision } = room.store.applyParsed({ type: 'card/add', card });
    room.hub.facilitatorApplied({ type: 'card/add', card }, revision);
    await laptop.locator(`.map-canvas [data-card-id="${card.id}"]`).getByText('Reads the price tag twice').waitFor();
    await phone.locator('.stage').getByText('Reads the price tag twice').waitFor();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await laptop.screenshot({ path: `${SHOTS}/workshop-participant-canvas.png` });
      await phone.screenshot({ path: `${SHOTS}/workshop-participant-phone-list.png` });
    }

    // Keyboard: the arrows pan, + and − zoom.
    await canvas.focus();
    const start = await layerTransform(laptop);
    await laptop.keyboard.press('ArrowRight');
    await laptop.keyboard.press('ArrowDown');
    expect(await layerTransform(laptop)).not.toBe(start);
    const before = await zoomOf(laptop);
    await laptop.keyboard.press('+');
    expect(await zoomOf(laptop)).toBeGreaterThan(before);
    await laptop.keyboard.press('-');
    await laptop.keyboard.press('-');
    expect(await zoomOf(laptop)).toBeLessThan(before);
    // Pointer: a drag pans, the wheel zooms, the buttons zoom.
    const box = (await canvas.boundingBox())!;
    const beforeDrag = await layerTransform(laptop);
    await laptop.mouse.move(box.x + 600, box.y + 300);
    await laptop.mouse.down();
    await laptop.mouse.move(box.x + 450, box.y + 200, { steps: 5 });
    await laptop.mouse.up();
    expect(await layerTransform(laptop)).not.toBe(beforeDrag);
    const beforeWheel = await zoomOf(laptop);
    await laptop.mouse.wheel(0, -300);
    await expect.poll(() => zoomOf(laptop)).toBeGreaterThan(beforeWheel);
    const beforeButton = await zoomOf(laptop);
    await laptop.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoomOf(laptop)).toBeLessThan(beforeButton);
    await laptop.getByRole('button', { name: 'Whole map' }).click();

    // Follow me still moves the laptop's map: the facilitator's stage is the one marked.
    const last = doc.stages.at(-1)!;
    room.hub.follow(last.id);
    await laptop.locator('.mc-stage.on').filter({ hasText: last.name }).waitFor();
    room.hub.follow(null);
    await laptopContext.close();
    await phoneContext.close();
  });

  it('lets a participant mark "we touch this" for their team; the file, the other pages and the phone show it', async () => {
    const laptopContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const laptop = await joinRoom(laptopContext, room.server.joinUrl, 'Zofia');
    const phone = await joinRoom(phoneContext, room.server.joinUrl, 'Ivan');
    // No team yet: the page asks for one; choosing it from the map's teams lets them mark.
    await laptop.getByText('Pick your team to mark the cards its work shapes.').waitFor();
    await laptop.getByLabel('My team').selectOption({ label: 'IT systems' });
    const toggle = laptop.locator('.stage').getByRole('button', { name: 'We touch this' }).first();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const itTeam = room.store.doc.teams.find((t) => t.name === 'IT systems')!;
    await expect.poll(() => room.store.doc.cards.filter((c) => c.touchedBy?.includes(itTeam.id)).length).toBe(1);
    await phone.locator('.stage .touch-team').filter({ hasText: 'IT systems' }).waitFor();
    await laptop.locator('.map-canvas .mc-team').filter({ hasText: 'IT systems' }).waitFor();
    // Taking it back.
    await toggle.click();
    await expect.poll(() => room.store.doc.cards.some((c) => c.touchedBy?.includes(itTeam.id))).toBe(false);
    await laptopContext.close();
    await phoneContext.close();
  });
});

describe('the facilitator sees "we touch this"', () => {
  it('shows the marking team as a chip on the card of the facilitator’s canvas', async () => {
    const served = await startFacilitatorHost({ prefix: 'tandem-touch-' });
    const { host } = served;
    const facilitator = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await facilitator.goto(host.url);
      await facilitator.locator('.react-flow__node').first().waitFor();
      await facilitator.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await facilitator.keyboard.press('Control+k');
      await facilitator.keyboard.type('Invite participants');
      await facilitator.keyboard.press('Enter');
      await facilitator.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
      await facilitator.getByRole('button', { name: 'Start workshop' }).click();
      const joinUrl = (await facilitator.locator('.workshop-url').textContent()) ?? '';
      await facilitator.getByRole('button', { name: 'Keep running' }).click();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await joinRoom(context, joinUrl, 'Olena', { team: 'Store staff' });
      await page.locator('.stage').getByRole('button', { name: 'We touch this' }).first().click();
      const chip = facilitator.getByRole('img', { name: 'Teams that touch this: Store staff' });
      await chip.waitFor({ timeout: 5000 });
      expect(await chip.locator('.touch-chip').count()).toBe(1);
      if (SHOTS) await facilitator.screenshot({ path: `${SHOTS}/workshop-touch-facilitator.png` });
      await context.close();
    } finally {
      await facilitator.close();
      await served.close();
    }
  });
});
