import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../helpers/browserHost';
import { startWorkshop, type RunningWorkshop } from '../helpers/workshop';

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

async function join(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  return page;
}

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
    const pages = await Promise.all(contexts.map((c, i) => join(c, room.server.joinUrl, names[i]!)));
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
