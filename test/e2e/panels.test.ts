import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');

const openMap = hostedMaps();

type Page = HostedMap['page'];
const QUEUES = 'Queues at the till to pay';
const BATCH = 'Nightly warranty registration batch';
const SCHEDULING = 'Installer scheduling (proposed)';
const ASKS = 'Asks why the warranty is not registered';
const card = (page: Page, title: string) => page.locator('.card', { hasText: title }).first();

/** Clicks a field, replaces its text by typing, and leaves it with Tab (which commits it). */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.locator('.side-panel').getByLabel(label, { exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function selectCard(page: Page, title: string): Promise<void> {
  await card(page, title).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
}

describe('the side panel in Chromium against the browser host', () => {
  it('edits a card, builds a team and filters to it, picks a persona, and finds it all after a reload', async () => {
    const hosted = await openMap('sample', { width: 1920, height: 1080 });
    const { page, file } = hosted;
    await card(page, QUEUES).waitFor({ state: 'visible' });

    // The inspector: notes, owner and tags of one card.
    await selectCard(page, QUEUES);
    await typeInto(page, 'Notes', 'Worst on Saturday mornings');
    await page.getByLabel('Owner team').selectOption({ label: 'Store staff' });
    await page.getByLabel('Tags').click();
    await page.keyboard.type('peak');
    await page.keyboard.press('Enter');
    await page.keyboard.type('till,');
    await expect.poll(() => page.locator('.tags__chip').allTextContents()).toEqual(['peak×', 'till×']);

    // Teams: this colleague's map gets a fresh "Finance operations", which takes two support cards.
    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('New team').click();
    await page.keyboard.type('Finance operations');
    await page.keyboard.press('Enter');
    await page.getByRole('listitem', { name: 'Finance operations' }).waitFor();
    for (const title of [BATCH, SCHEDULING]) {
      await selectCard(page, title);
      await page.getByLabel('Owner team').selectOption({ label: 'Finance operations' });
    }
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

    // "What my team touches": the team's cards and the customer moment they enable stay bright, with its pain.
    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('What my team touches').selectOption({ label: 'Finance operations' });
    const dimmed = (title: string) => card(page, title).evaluate((el) => el.classList.contains('card--dimmed'));
    await expect.poll(() => dimmed(QUEUES)).toBe(true);
    expect(await dimmed(BATCH)).toBe(false);
    expect(await dimmed(SCHEDULING)).toBe(false);
    expect(await dimmed(ASKS)).toBe(false);
    expect(await dimmed('Chat agent answers')).toBe(true);
    expect(await card(page, ASKS).locator('.pain-badge').isVisible()).toBe(true);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'panels-team-filter.png') });

    // Personas: a new customer persona, chosen for the map's title block.
    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.getByRole('button', { name: 'Add customer persona' }).click();
    // The new persona's name field has the focus, its placeholder name selected: typing replaces it.
    await page.getByRole('listitem', { name: 'New customer' }).waitFor();
    await page.keyboard.type('Ola Nordmann');
    await page.keyboard.press('Tab');
    await page
      .getByRole('listitem', { name: 'Ola Nordmann' })
      .getByRole('button', { name: 'Use for this map' })
      .click();
    await page.screenshot({ path: path.join(results, 'panels-personas.png') });

    // The file is the truth.
    await expect
      .poll(() => {
        const doc = mapOnDisk(file);
        return doc.personas.find((p) => p.id === doc.meta.customerPersonaId)?.name;
      })
      .toBe('Ola Nordmann');
    const doc = mapOnDisk(file);
    const finance = doc.teams.filter((t) => t.name === 'Finance operations');
    expect(finance).toHaveLength(1);
    expect(
      doc.cards
        .filter((c) => c.ownerTeamId === finance[0]!.id)
        .map((c) => c.title)
        .sort(),
    ).toEqual([SCHEDULING, BATCH]);
    expect(doc.cards.find((c) => c.title === QUEUES)).toMatchObject({
      notes: 'Worst on Saturday mornings',
      tags: ['peak', 'till'],
    });

    await page.reload();
    await card(page, QUEUES).waitFor({ state: 'visible' });
    const block = page.getByRole('region', { name: 'Title block' });
    await expect.poll(() => block.textContent()).toContain('Ola Nordmann');
    await page.screenshot({ path: path.join(results, 'panels-title-block.png') });
    await selectCard(page, QUEUES);
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Worst on Saturday mornings');
    expect(await page.getByLabel('Owner team').locator('option:checked').textContent()).toBe('Store staff');
    expect(await page.locator('.tags__chip').allTextContents()).toEqual(['peak×', 'till×']);
    await page.getByRole('tab', { name: 'Teams' }).click();
    expect(
      await page.getByRole('listitem', { name: 'Finance operations' }).locator('.team-row__count').textContent(),
    ).toBe('2 cards');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
  });
});
