import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../helpers/browserHost';
import {
  joinRoom,
  loopbackInterfaces,
  type RunningWorkshop,
  startFacilitatorHost,
  startWorkshop,
} from '../helpers/workshop';

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

/** Adds a pain point to the first card of the stage shown, and waits until the host confirmed it. */
async function addPain(page: Page, title: string, severity: number) {
  await page.getByRole('button', { name: '+ Pain point' }).first().click();
  await page.getByLabel('Pain point').fill(title);
  await page.getByRole('radio', { name: String(severity), exact: true }).check();
  await page.getByRole('button', { name: 'Add pain point' }).click();
  await page.getByText(title).waitFor();
}

describe('a workshop room on loopback', () => {
  it('takes pain points from eight participants at once, each once in the file and seen by the others', async () => {
    const names = ['Olena', 'Marek', 'Li Wei', 'Anna', 'Taras', 'Zofia', 'Chen', 'Ivan'];
    const contexts = await Promise.all(names.map(() => browser.newContext({ viewport: { width: 1280, height: 720 } })));
    const pages = await Promise.all(contexts.map((c, i) => joinRoom(c, room.server.joinUrl, names[i]!)));
    await Promise.all(pages.map((p, i) => addPain(p, `Waiting too long (${names[i]})`, (i % 5) + 1)));
    // Every page sees every contribution, confirmed by the host.
    for (const page of pages)
      for (const name of names) await page.getByText(`Waiting too long (${name})`).waitFor({ timeout: 1000 });
    const onDisk = DocumentStore.openCopy(room.store.path);
    for (const name of names)
      expect(onDisk.doc.painPoints.filter((p) => p.title === `Waiting too long (${name})`)).toHaveLength(1);
    onDisk.close();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await pages[0]!.screenshot({ path: `${SHOTS}/workshop-participant-laptop.png` });
    }
    await Promise.all(contexts.map((c) => c.close()));
  });

  it('lets a phone join with the short code and add a pain point; a reloaded page comes back as the same person', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(room.server.origin);
    await page.getByLabel('Your name').fill('Sasha');
    await page.getByLabel('Workshop code').fill(room.server.code.toLowerCase());
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await addPain(page, 'Scanner freezes at noon', 4);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/workshop-participant-phone.png`, fullPage: false });
    // The phone reloads the page (it slept, the tab was discarded): the name is remembered, no code is asked, and
    // the same person comes back with what they added there once.
    const before = room.hub.people().length;
    await page.reload();
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Sasha');
    expect(await page.getByLabel('Workshop code').count()).toBe(0);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await page.getByText('Scanner freezes at noon').waitFor();
    expect(room.store.doc.painPoints.filter((p) => p.title === 'Scanner freezes at noon')).toHaveLength(1);
    expect(room.hub.people()).toHaveLength(before);
    await phone.close();
  });

  it('refuses a participant’s forbidden command on the host, and changes nothing', async () => {
    const secret = new URL(room.server.joinUrl).searchParams.get('s')!;
    const ws = new WebSocket(`ws://${new URL(room.server.origin).host}/ws?s=${secret}`);
    const got: { t: string; code?: string }[] = [];
    ws.on('message', (d) => got.push(JSON.parse(String(d))));
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ t: 'hello', v: 1, clientId: 'script-kiddie-1', name: 'Mallory' }));
    const before = room.store.revision;
    const victim = room.store.doc.cards[0]!.id;
    ws.send(JSON.stringify({ t: 'cmd', id: 'evil-command-1', command: { type: 'card/delete', id: victim } }));
    ws.send(
      JSON.stringify({
        t: 'cmd',
        id: 'evil-command-2',
        command: { type: 'lane/update', id: room.store.doc.lanes[0]!.id, patch: { title: 'Mine now' } },
      }),
    );
    const until = Date.now() + 2000;
    while (got.filter((m) => m.t === 'refused').length < 2 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
    expect(got.filter((m) => m.t === 'refused').map((m) => m.code)).toEqual(['forbidden', 'forbidden']);
    expect(room.store.revision).toBe(before);
    expect(room.store.doc.cards.some((c) => c.id === victim)).toBe(true);
    ws.close();
  });
});

describe('the facilitator runs a workshop from the editor', () => {
  it('invites from the palette on the chosen address, sees who joined and their pain point on the map, and ends it', async () => {
    const served = await startFacilitatorHost({
      prefix: 'tandem-facilitator-',
      interfaces: loopbackInterfaces({
        // The Wi-Fi entry is listed for the picker only; the test chooses loopback.
        wlan0: [{ address: '192.168.1.23', netmask: '', family: 'IPv4', mac: '', internal: false, cidr: null }],
      }),
    });
    const { host } = served;
    const facilitator = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await facilitator.goto(host.url);
      await facilitator.locator('.react-flow__node').first().waitFor();
      // An edit of the facilitator's own before the room joins: its undo step must survive the participants' edits.
      const titleField = facilitator.getByRole('textbox', { name: 'Map title' });
      const original = await titleField.inputValue();
      await titleField.fill('Checkout workshop, Warsaw');
      await titleField.press('Tab');
      await facilitator.locator('button[aria-label^="Undo "]').waitFor();
      await facilitator.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await facilitator.keyboard.press('Control+k');
      await facilitator.keyboard.type('Invite participants');
      await facilitator.keyboard.press('Enter');
      // The LAN address is preselected; nothing listens yet.
      await expect(facilitator.getByRole('radio', { name: /192\.168\.1\.23/ }).isChecked()).resolves.toBe(true);
      await facilitator.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
      await facilitator.getByRole('button', { name: 'Start workshop' }).click();
      const joinUrl = (await facilitator.locator('.workshop-url').textContent()) ?? '';
      expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?s=/);
      await expect(facilitator.getByRole('img', { name: 'QR code of the join link' }).isVisible()).resolves.toBe(true);
      const participant = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await joinRoom(participant, joinUrl, 'Olena');
      await facilitator.getByText('1 here').waitFor();
      await facilitator.getByText('Olena').waitFor();
      await addPain(page, 'Receipt printer jams', 5);
      await facilitator.getByRole('button', { name: 'Keep running' }).click();
      // The facilitator's map has it, live: the pain point register lists it (the sample's five and hers).
      await facilitator.getByRole('tab', { name: 'Pain points' }).click();
      await facilitator.getByRole('button', { name: /Open the pain point register \(6\)/ }).click({ timeout: 5000 });
      await facilitator.getByText('Receipt printer jams').first().waitFor();
      // Her pain point did not cost the facilitator the undo step: Undo takes back the title, and only the title.
      await facilitator.locator('button[aria-label^="Undo "]').click();
      await facilitator.getByRole('tab', { name: 'Inspector' }).click();
      await expect.poll(() => titleField.inputValue()).toBe(original);
      // The register (still open below the map) counts the sample's five pain points and hers.
      await facilitator.getByRole('tab', { name: 'Pain points (6)' }).waitFor();
      await facilitator.getByRole('button', { name: 'Close the register' }).click();
      await facilitator.keyboard.press('Control+k');
      await facilitator.keyboard.type('Invite participants');
      await facilitator.keyboard.press('Enter');
      await facilitator.getByRole('button', { name: 'End workshop' }).click();
      await page.getByText('The facilitator ended the workshop.').waitFor();
      await participant.close();
    } finally {
      await facilitator.close();
      await served.close();
    }
  });
});
