import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { ranking } from '../../shared/workshop/voting';
import { launchChromium } from '../helpers/browserHost';
import { joinRoom, startFacilitatorHost } from '../helpers/workshop';

const SHOTS = process.env.TANDEM_SHOTS;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dot voting in a workshop room on loopback', () => {
  it('runs a round with eight participants voting at once; the ranking on screen and the file agree', async () => {
    const served = await startFacilitatorHost({ prefix: 'tandem-vote-' });
    const { file, host } = served;
    const made = DocumentStore.openCopy(file);
    const votesBefore = new Map(made.doc.painPoints.map((p) => [p.id, p.votes]));
    made.close();
    const facilitator = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const contexts: BrowserContext[] = [];
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

      const names = ['Olena', 'Marek', 'Li Wei', 'Anna', 'Taras', 'Zofia', 'Chen', 'Ivan'];
      for (const [i] of names.entries())
        contexts.push(
          await browser.newContext({ viewport: i === 0 ? { width: 390, height: 844 } : { width: 1280, height: 720 } }),
        );
      const pages = await Promise.all(contexts.map((c, i) => joinRoom(c, joinUrl, names[i]!)));
      await facilitator.getByText('8 here').waitFor();

      // A named round on the pain points, three dots each, several on one item allowed, ten minutes.
      const form = facilitator.getByRole('form', { name: 'Start a voting round' });
      await form.getByLabel('Question').fill('Which pain hurts most?');
      await form.getByLabel('Dots each').fill('3');
      await form.getByLabel('Several dots on one item').check();
      await form.getByLabel('Anonymous: keep counts, not who voted').uncheck();
      await form.getByLabel('Time limit in minutes (empty: none)').fill('10');
      await form.getByRole('button', { name: 'Start round' }).click();
      await facilitator.getByText('24 of 24 dots left in the room').waitFor();

      // Everyone votes at once: person i puts dots on items i, i+1 and i+1 of the round.
      await Promise.all(
        pages.map(async (page, i) => {
          const add = page.getByRole('button', { name: /^Add a dot to/ });
          await add.first().waitFor();
          const count = await add.count();
          for (const k of [i, i + 1, i + 1]) {
            const before = await page.getByText(/dots left/).textContent();
            await add.nth(k % count).click();
            await page.waitForFunction(
              (text) => document.querySelector('.voting-bar-left')?.textContent !== text,
              before,
            );
          }
          await page.getByText('0 of 3 dots left').waitFor();
        }),
      );
      await facilitator.getByText('0 of 24 dots left in the room').waitFor({ timeout: 2000 });
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await facilitator.screenshot({ path: `${SHOTS}/workshop-voting-facilitator.png` });
        await pages[0]!.screenshot({ path: `${SHOTS}/workshop-voting-phone.png` });
        await pages[1]!.screenshot({ path: `${SHOTS}/workshop-voting-laptop.png` });
      }
      // A fourth dot is refused on the page (greyed out) and would be by the host.
      await expect(
        pages[2]!
          .getByRole('button', { name: /^Add a dot to/ })
          .first()
          .isDisabled(),
      ).resolves.toBe(true);

      await facilitator.getByRole('button', { name: 'Close round and show ranking' }).click();
      const shown = facilitator.locator('.voting-ranking li');
      await shown.first().waitFor();
      const onScreen = await shown.evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('.voting-label')?.textContent ?? '',
          li.querySelector('strong')?.textContent ?? '',
        ]),
      );
      if (SHOTS) await facilitator.screenshot({ path: `${SHOTS}/workshop-voting-ranking.png` });

      const onDisk = DocumentStore.openCopy(file);
      const round = onDisk.doc.voteRounds[0]!;
      expect(round.closedAt).not.toBeNull();
      expect(round.items.reduce((n, it) => n + it.votes, 0)).toBe(24);
      expect(new Set(round.ballots.map((b) => b.name))).toEqual(new Set(names));
      expect(onScreen).toEqual(ranking(round).map((r) => [r.label, `${r.votes} ${r.votes === 1 ? 'dot' : 'dots'}`]));
      // The pain points carry the round's dots, so the register's priority counts them.
      for (const item of round.items)
        expect(onDisk.doc.painPoints.find((p) => p.id === item.id)!.votes).toBe(votesBefore.get(item.id)! + item.votes);
      onDisk.close();
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
      await facilitator.close();
      await served.close();
    }
  });
});
