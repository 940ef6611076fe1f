import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../helpers/browserHost';
import { startFacilitatorHost } from '../helpers/workshop';

const SHOTS = process.env.TANDEM_SHOTS;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The notes of the map as its file holds them now (a private copy: the host keeps the file open). */
function notesOnDisk(file: string) {
  const copy = DocumentStore.openCopy(file);
  try {
    return copy.doc.notes;
  } finally {
    copy.close();
  }
}

async function waitFor<T>(read: () => T, ok: (value: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const activeIn = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

describe('facilitation: the timer, the parking lot and notes from the room', () => {
  it('times the room from the title bar, takes participants’ notes, and attaches loose notes by drag and by keyboard', async () => {
    const served = await startFacilitatorHost({ prefix: 'tandem-facil-' });
    const { file, host } = served;
    const facilitator = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const participant = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    try {
      await facilitator.goto(host.url);
      await facilitator.locator('.react-flow__node').first().waitFor();

      // A countdown with no workshop running: minutes, Start, and the title bar counts down.
      const toolbar = facilitator.getByRole('group', { name: 'Countdown timer' });
      await toolbar.getByLabel('Minutes', { exact: true }).fill('4');
      await toolbar.getByRole('button', { name: 'Start timer' }).click();
      await toolbar
        .getByRole('timer')
        .filter({ hasText: /^[34]:\d\d/ })
        .waitFor();
      await toolbar.getByRole('button', { name: '+1 min' }).click();
      await toolbar
        .getByRole('timer')
        .filter({ hasText: /^[45]:\d\d/ })
        .waitFor();
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await facilitator.screenshot({ path: `${SHOTS}/facilitation-timer-toolbar.png` });
      }

      // The workshop starts later; participants see the very same countdown.
      await facilitator.keyboard.press('Control+k');
      await facilitator.keyboard.type('Invite participants');
      await facilitator.keyboard.press('Enter');
      await facilitator.getByRole('button', { name: 'Start workshop' }).click();
      const joinUrl = (await facilitator.locator('.workshop-url').textContent()) ?? '';
      await facilitator.getByRole('button', { name: 'Keep running' }).click();
      const page = await participant.newPage();
      await page.goto(joinUrl);
      await page.getByLabel('Your name').fill('Olena');
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
      await page
        .getByRole('timer')
        .filter({ hasText: /Time left\s*[45]:\d\d/ })
        .waitFor();

      // A participant's note on a card, and one for the parking lot.
      await page.getByRole('button', { name: '+ Note', exact: true }).first().click();
      await page.getByLabel('Note on this card').fill('The card reader needs two tries');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByText('The card reader needs two tries').waitFor();
      await page.getByRole('button', { name: '+ Note for the parking lot' }).click();
      await page.getByLabel('Note for the parking lot').fill('Who decides the refund limit?');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByText('Who decides the refund limit?').waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/facilitation-participant-notes.png`, fullPage: true });

      // It reaches the facilitator's parking lot, attributed.
      await facilitator.getByRole('tab', { name: /Parking lot/ }).click();
      const loose = facilitator.locator('.note-item', { hasText: 'Who decides the refund limit?' });
      await loose.getByText('by Olena').waitFor();
      const onCard = notesOnDisk(file).find((n) => n.text === 'The card reader needs two tries');
      expect(onCard?.cardId).not.toBeNull();
      expect(onCard?.author?.name).toBe('Olena');

      // Dragged onto a card of the canvas, it is attached there.
      const target = facilitator.locator('.react-flow__node [data-card-id]').nth(2);
      const targetId = await target.getAttribute('data-card-id');
      await loose.dragTo(target);
      const dragged = await waitFor(
        () => notesOnDisk(file).find((n) => n.text === 'Who decides the refund limit?'),
        (n) => n?.cardId === targetId,
      );
      expect(dragged?.cardId).toBe(targetId);
      await facilitator.locator(`[data-card-id="${targetId}"]`).getByRole('img', { name: '1 note' }).waitFor();

      // By keyboard: a card selected, Shift+N writes a loose note, "Attach to card…" puts it on that card.
      const other = facilitator.locator('.react-flow__node [data-card-id]', {
        hasText: 'Waits at home for the delivery',
      });
      const otherId = await other.getAttribute('data-card-id');
      await other.click();
      await facilitator
        .locator('.react-flow__node.selected', { hasText: 'Waits at home for the delivery' })
        .waitFor({ state: 'attached' });
      await facilitator.keyboard.press('Shift+N');
      await expect.poll(() => activeIn(facilitator, '.parking-lot')).toBe(true);
      await facilitator.keyboard.type('Ask IT about the outage log');
      await facilitator.keyboard.press('Enter');
      const typed = facilitator.locator('.note-item', { hasText: 'Ask IT about the outage log' });
      await typed.getByRole('button', { name: 'Attach to card…' }).focus();
      await facilitator.keyboard.press('Enter');
      await expect.poll(() => activeIn(facilitator, '.note-attach')).toBe(true);
      if (SHOTS) await facilitator.screenshot({ path: `${SHOTS}/facilitation-parking-lot.png` });
      await facilitator.keyboard.press('Tab');
      await facilitator.keyboard.press('Enter');
      const attached = await waitFor(
        () => notesOnDisk(file).find((n) => n.text === 'Ask IT about the outage log'),
        (n) => n?.cardId === otherId,
      );
      expect(attached?.cardId).toBe(otherId);

      // P: the selected card's pain points, the cursor in a new one.
      await other.click();
      await facilitator.keyboard.press('p');
      await expect.poll(() => activeIn(facilitator, '.pp-add')).toBe(true);
      await facilitator.getByRole('tab', { name: 'Inspector' }).click();
      await facilitator.getByText('Ask IT about the outage log').waitFor();
      if (SHOTS) await facilitator.screenshot({ path: `${SHOTS}/facilitation-card-notes.png` });
    } finally {
      await participant.close();
      await facilitator.close();
      await served.close();
    }
  });
});
