// The team view and a team's handout in Chromium against the real browser host: the PDF is read back from disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results', 'handout');

const openMap = hostedMaps();
type Page = HostedMap['page'];
const card = (page: Page, title: string) => page.locator('.card', { hasText: title }).first();
const dimmed = (page: Page, title: string) => card(page, title).evaluate((el) => el.classList.contains('card--dimmed'));

describe("the team's way to the customer, and its handout", () => {
  it('keeps the till step between the IT team and the queue bright, then exports the IT team handout as a PDF', async () => {
    const hosted = await openMap('sample', { width: 1280, height: 720 });
    const { page, dir } = hosted;
    mkdirSync(results, { recursive: true });
    await card(page, 'Queues at the till to pay').waitFor({ state: 'visible' });

    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('What my team touches').selectOption({ label: 'IT systems' });
    await expect.poll(() => dimmed(page, 'Chat agent answers')).toBe(true);
    // The POS system's way: the cashier's till step, then the queue. The dispatcher hangs off the till step: faded.
    expect(await dimmed(page, 'New POS system: slow card-terminal handshake')).toBe(false);
    expect(await dimmed(page, 'Cashier rings up the sale on the new POS')).toBe(false);
    expect(await dimmed(page, 'Queues at the till to pay')).toBe(false);
    expect(await dimmed(page, 'Dispatcher plans routes from printed orders')).toBe(true);
    expect(await page.locator('.team-filter__summary').textContent()).toMatch(/1 card on the way stays bright too/);
    await page.screenshot({ path: path.join(results, 'team-view.png') });

    await page.getByRole('button', { name: /^Map/ }).click();
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel("A team's handout").check();
    await dialog.getByLabel('Team', { exact: true }).selectOption({ label: 'IT systems' });
    expect(await dialog.getByTestId('export-summary').textContent()).toMatch(
      /^One A4 page \(portrait\) for IT systems/,
    );
    await page.screenshot({ path: path.join(results, 'dialog-handout.png') });
    const out = path.join(dir, 'it-handout.pdf');
    const field = page.getByLabel('Save to');
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByText('Saved to').waitFor({ state: 'visible', timeout: 60_000 });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('What IT systems shapes for the customer');
    expect(text).toContain('Queues at the till to pay');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);

    // In Polish (the longest words), the handout choice and the team view's summary, looked at in screenshots.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitemradio', { name: 'Polski' }).click();
    await expect
      .poll(() => page.locator('.team-filter__summary').textContent())
      .toMatch(/1 karta po drodze też pozostaje wyraźna/);
    await page.screenshot({ path: path.join(results, 'team-view-pl.png') });
    await page.getByRole('button', { name: 'Eksport…' }).click();
    await page.getByRole('dialog').getByLabel('Ściągę zespołu').check();
    await page.screenshot({ path: path.join(results, 'dialog-handout-pl.png') });
  });
});
