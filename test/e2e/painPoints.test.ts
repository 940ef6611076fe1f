import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const WAITS = 'Waits at home for the delivery slot';
const NEW_PAINS = ['Slot given as a whole day', 'No text before the van arrives', 'Cannot change the slot online'];

const openMap = hostedMaps();

type Page = HostedMap['page'];
const card = (page: Page, title: string) => page.locator('.card', { hasText: title });
const shot = async (page: Page, name: string) => {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, name) });
};

/** The pain points on a card, according to the .tandem file itself. */
function painsOnDisk(file: string, cardTitle: string): { title: string; votes: number }[] {
  const doc = mapOnDisk(file);
  const c = doc.cards.find((x) => x.title === cardTitle);
  return doc.painPoints.filter((p) => p.cardId === c?.id).map((p) => ({ title: p.title, votes: p.votes }));
}

describe('pain points in Chromium against the browser host', () => {
  it('adds, votes, ranks and traces pain points, and finds them again after a reload', async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const { page, file } = hosted;

    // Three pain points on one card: click the card and the tab, then type each title and press Enter.
    await card(page, WAITS).click();
    await page.getByRole('tab', { name: 'Pain points' }).click();
    await page.getByLabel('New pain point').click();
    for (const title of NEW_PAINS) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => painsOnDisk(file, WAITS).length).toBe(3);
    expect(await card(page, WAITS).locator('.pp-badge').getAttribute('aria-label')).toBe('3 pain points');

    // Two dot votes lift "No text before the van arrives" above the other two new ones (9 × 1.2 = 10.8).
    const vote = page.getByRole('button', { name: `Dot-vote for ${NEW_PAINS[1]}` });
    await vote.click();
    await vote.click();
    await expect.poll(() => painsOnDisk(file, WAITS).find((p) => p.title === NEW_PAINS[1])?.votes).toBe(2);

    // The register ranks it fifth of eight, under the sample's four bigger pains.
    await page.getByRole('button', { name: /Open the pain point register/ }).click();
    const register = page.getByRole('region', { name: 'Pain point register' });
    await register.getByText('Priority = severity × reach × (1 + votes ÷ 10)').waitFor();
    const row = register.locator('tr', { hasText: NEW_PAINS[1] });
    expect(await row.locator('td').nth(1).textContent()).toBe('5');
    expect(await row.locator('.register__priority').textContent()).toBe('10.8');
    expect(await register.locator('tbody tr').count()).toBe(8);
    await shot(page, 'pain-points-register.png');

    // Trace the queue at the till: the POS system lights up, the rest dims, the employee pain is listed.
    await register.getByRole('button', { name: 'Trace Waits 8+ minutes at peak times' }).click();
    await expect.poll(() => card(page, 'New POS system').getAttribute('class')).toContain('card--trace-cause');
    expect(await card(page, 'Queues at the till to pay').getAttribute('class')).toContain('card--trace-origin');
    expect(await card(page, WAITS).getAttribute('class')).toContain('card--trace-dimmed');
    const trace = page.getByRole('region', { name: 'Root-cause trace' });
    await trace.getByText('Employee pain behind this').waitFor();
    await trace.getByText('Card terminal handshake takes up to 40 s').waitFor();
    await shot(page, 'pain-points-trace.png');

    // Escape ends the trace.
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page, 'New POS system').getAttribute('class')).not.toContain('card--trace');
    expect(await page.locator('.card--trace-dimmed').count()).toBe(0);

    // The CSV of the register downloads in the browser host.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      register.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^1,37.5,Card terminal handshake takes up to 40 s,/);
    expect(csv).toContain(`5,10.8,${NEW_PAINS[1]},${WAITS},Receive`);

    // The file is the truth: after a reload the pain points are still on the card.
    await page.reload();
    await card(page, WAITS).click();
    await page.getByRole('tab', { name: 'Pain points' }).click();
    for (const title of NEW_PAINS)
      await page.getByRole('button', { name: new RegExp(`^${title}, severity 3`) }).waitFor();
    expect(await card(page, WAITS).locator('.pp-badge').getAttribute('aria-label')).toBe('3 pain points');
    expect(
      painsOnDisk(file, WAITS)
        .map((p) => p.title)
        .sort(),
    ).toEqual([...NEW_PAINS].sort());
    await card(page, WAITS).scrollIntoViewIfNeeded();
    await shot(page, 'pain-points-card.png');
  });
});
