import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
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

/** The words of the participant page a test types into and waits for, in the two languages used here. */
const WORDS = {
  en: {
    name: 'Your name',
    join: 'Join',
    live: 'Live',
    addPain: '+ Pain point',
    pain: 'Pain point',
    add: 'Add pain point',
  },
  pl: {
    name: 'Twoje imię',
    join: 'Dołącz',
    live: 'Na żywo',
    addPain: '+ Punkt bólu',
    pain: 'Punkt bólu',
    add: 'Dodaj punkt bólu',
  },
} as const;
type Lang = keyof typeof WORDS;

/** Joins the room started for this file as `name`, on a page in `lang`. */
const joinAs = (context: BrowserContext, name: string, lang: Lang = 'en'): Promise<Page> =>
  joinRoom(context, room.server.joinUrl, name, { words: WORDS[lang] });

/** Opens the pain point form on the first card of the stage shown, fills it and sends it (confirmed or not). */
async function sendPain(page: Page, title: string, lang: Lang = 'en') {
  await page.getByRole('button', { name: WORDS[lang].addPain }).first().click();
  await page.getByLabel(WORDS[lang].pain, { exact: true }).fill(title);
  await page.getByRole('button', { name: WORDS[lang].add }).click();
}

const countOnDisk = (title: string) => {
  const copy = DocumentStore.openCopy(room.store.path);
  try {
    return copy.doc.painPoints.filter((p) => p.title === title).length;
  } finally {
    copy.close();
  }
};

describe('the room’s controls, seen from participants’ browsers', () => {
  it('brings a participant who was cut off back with the same identity, nothing lost or doubled; shows the timer in Polish', async () => {
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    // A phone set to Polish: the page starts in Polish by itself.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'pl-PL',
    });
    const olena = await joinAs(laptop, 'Olena');
    const marek = await joinAs(other, 'Marek');
    const zofia = await joinAs(phone, 'Zofia', 'pl');
    const people = room.hub.people().length;

    room.hub.timerAction({ action: 'start', seconds: 300 });
    await olena
      .getByRole('timer')
      .filter({ hasText: /Time left\s*[45]:\d\d/ })
      .waitFor();
    await zofia
      .getByRole('timer')
      .filter({ hasText: /Pozostało\s*[45]:\d\d/ })
      .waitFor();

    await sendPain(zofia, 'Kolejka przy kasie', 'pl');
    await zofia.getByText('Kolejka przy kasie').waitFor();
    // Zofia's Wi-Fi drops; the room goes on; she adds one more while offline.
    await phone.setOffline(true);
    await zofia.getByRole('status').filter({ hasText: 'Brak połączenia' }).waitFor({ timeout: 20_000 });
    await sendPain(olena, 'Card reader times out');
    await sendPain(marek, 'Nobody owns the refund');
    await sendPain(zofia, 'Drukarka się zacina', 'pl');
    await zofia.getByRole('status').filter({ hasText: 'wysyłanie: 1' }).waitFor();
    await olena.getByText('Nobody owns the refund').waitFor();
    expect(countOnDisk('Drukarka się zacina')).toBe(0);
    // Back online: the page reconnects as the same person, sends what waited, and sees what happened meanwhile.
    await phone.setOffline(false);
    await zofia.getByRole('status').filter({ hasText: WORDS.pl.live }).waitFor({ timeout: 20_000 });
    for (const title of ['Card reader times out', 'Nobody owns the refund', 'Drukarka się zacina'])
      await zofia.getByText(title).waitFor();
    await olena.getByText('Drukarka się zacina').waitFor();
    await expect.poll(() => zofia.getByRole('status').textContent()).not.toContain('wysyłanie');
    for (const title of [
      'Kolejka przy kasie',
      'Card reader times out',
      'Nobody owns the refund',
      'Drukarka się zacina',
    ])
      expect(countOnDisk(title)).toBe(1);
    expect(room.hub.people()).toHaveLength(people);
    const mine = room.store.doc.painPoints.find((p) => p.title === 'Drukarka się zacina');
    expect(mine?.author).toEqual({ name: 'Zofia', team: null });

    // The facilitator locks the map: every page says so, the add buttons go, and the host refuses a command anyway.
    room.hub.setLocked(true);
    await zofia.getByText('Prowadzący zablokował mapę').waitFor();
    await olena.getByText('The facilitator has locked the map').waitFor();
    await expect(olena.getByRole('button', { name: '+ Pain point' }).count()).resolves.toBe(0);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await zofia.screenshot({ path: `${SHOTS}/workshop-participant-phone-pl.png` });
      await olena.screenshot({ path: `${SHOTS}/workshop-participant-laptop-locked.png` });
    }
    const revision = room.store.revision;
    await olena.evaluate(() => undefined);
    room.hub.setLocked(false);
    await olena.getByRole('button', { name: '+ Pain point' }).first().waitFor();
    expect(room.store.revision).toBe(revision);
    await Promise.all([laptop.close(), other.close(), phone.close()]);
  });

  it('refuses an add while locked, and does not let a removed participant back in with the old link’s identity', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const page = await joinAs(context, 'Mallory');
    // The form is open when the lock arrives: the host refuses what is sent anyway, and the file is unchanged.
    await page.getByRole('button', { name: '+ Pain point' }).first().click();
    await page.getByLabel('Pain point', { exact: true }).fill('Sent after the lock');
    room.hub.setLocked(true);
    await page.getByText('The facilitator has locked the map').waitFor();
    const form = page.getByRole('button', { name: 'Add pain point' });
    if ((await form.count()) > 0) await form.click();
    room.hub.setLocked(false);
    expect(countOnDisk('Sent after the lock')).toBe(0);

    const id = room.hub.people().find((p) => p.name === 'Mallory')!.id;
    const stored = await context.storageState();
    expect(room.hub.remove(id)).toBe(true);
    await page.getByText('The facilitator removed you from this workshop.').waitFor();
    // The same browser (the same page id in its storage) opens the old link again: it is not admitted.
    const again = await browser.newContext({ storageState: stored });
    const back = await again.newPage();
    await back.goto(room.server.joinUrl);
    await back.getByLabel('Your name').fill('Mallory');
    await back.getByRole('button', { name: 'Join', exact: true }).click();
    await back.getByText('The facilitator removed you from this workshop.').waitFor();
    expect(room.hub.people().some((p) => p.name === 'Mallory')).toBe(false);
    await Promise.all([context.close(), again.close()]);
  });

  it('gives the facilitator the controls in the workshop panel: timer, lock, author on the canvas, remove', async () => {
    const served = await startFacilitatorHost({ prefix: 'tandem-room-' });
    const { host } = served;
    const facilitator = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const participant = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    try {
      await facilitator.goto(host.url);
      await facilitator.locator('.react-flow__node').first().waitFor();
      await facilitator.keyboard.press('Control+k');
      await facilitator.keyboard.type('Invite participants');
      await facilitator.keyboard.press('Enter');
      await facilitator.getByRole('button', { name: 'Start workshop' }).click();
      const joinUrl = (await facilitator.locator('.workshop-url').textContent()) ?? '';
      const page = await participant.newPage();
      await page.goto(joinUrl);
      await page.getByLabel('Your name').fill('Olena');
      await page.getByLabel('Your team').fill('Front desk');
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
      await sendPain(page, 'Receipt printer jams');
      await page.getByText('Receipt printer jams').waitFor();
      await page.getByRole('button', { name: '+ What I do here' }).first().click();
      await page.locator('.add-form input').fill('I print the receipt');
      await page.getByRole('button', { name: 'Add card' }).click();
      await page.locator('.stage').getByText('I print the receipt').waitFor();
      // The countdown, by keyboard: type the minutes, press Start.
      await facilitator.getByLabel('Countdown minutes').fill('3');
      await facilitator.getByRole('button', { name: 'Start', exact: true }).press('Enter');
      await facilitator
        .getByRole('timer')
        .filter({ hasText: /[23]:\d\d/ })
        .waitFor();
      await page
        .getByRole('timer')
        .filter({ hasText: /Time left\s*[23]:\d\d/ })
        .waitFor();
      await facilitator.getByLabel('Lock the map (participants can only look)').check();
      await page.getByText('The facilitator has locked the map').waitFor();
      await facilitator.getByText('1 here').waitFor();
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await facilitator.screenshot({ path: `${SHOTS}/workshop-room-controls.png` });
        await page.screenshot({ path: `${SHOTS}/workshop-participant-timer.png` });
      }
      await facilitator.getByRole('button', { name: 'Remove Olena from the workshop' }).click();
      await page.getByText('The facilitator removed you from this workshop.').waitFor();
      await facilitator.getByText('No one has joined yet.').waitFor();
      await facilitator.getByRole('button', { name: 'Keep running' }).click();
      // What she added stays, with her name on the facilitator's canvas (as text).
      const card = facilitator.locator('.react-flow__node', { hasText: 'I print the receipt' });
      await card.getByText('by Olena · Front desk').waitFor();
      if (SHOTS) await facilitator.screenshot({ path: `${SHOTS}/workshop-author-on-card.png` });
    } finally {
      await participant.close();
      await facilitator.close();
      await served.close();
    }
  });
});
