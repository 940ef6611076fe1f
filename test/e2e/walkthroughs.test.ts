// The three walkthroughs a release must pass (DESIGN §7), done as a user: pointer and keyboard in Debian's Chromium
// against the browser host. The .tandem file is read back with DocumentStore to check what was kept.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type BrowserHost, startBrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { ensureSampleMap } from '../../electron/services/paths';
import { surveyStats } from '../../electron/services/surveyStats';
import { CELL_PADDING, EMOTION_CARD_HEIGHT } from '../../shared/layout';
import type { SurveyStats } from '../../shared/metrics/surveySchemas';
import type { TandemDoc } from '../../shared/schema/document';
import { launchChromium, mapOnDisk, RENDERER_DIR } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results');
const SURVEY = path.join(root, 'test', 'fixtures', 'surveys', 'linked-survey-sample.csv');
const VIEWPORT = { width: 1920, height: 1080 };
/** UPDATE_SCREENSHOTS=1 also writes the README's and the user guide's pictures to docs/screenshots/. */
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';
const docsShots = path.join(root, 'docs', 'screenshots');

/** A `tandem serve --sample`-like setup: a TANDEM_HOME of its own holding the sample map, served to Chromium. */
interface App {
  home: string;
  dataDir: string;
  host: BrowserHost;
  browser: Browser;
  page: Page;
}

let app: App | undefined;
const problems: string[] = [];

async function serve(
  file: string,
  dataDir: string,
  browser?: Browser,
): Promise<{ host: BrowserHost; browser: Browser; page: Page }> {
  const host = await startBrowserHost({ file, dataDir, rendererDir: RENDERER_DIR, version: '0.0.0-e2e' });
  const b = browser ?? (await launchChromium());
  const page = await b.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto(host.url);
  return { host, browser: b, page };
}

async function startOnSample(): Promise<App> {
  const home = mkdtempSync(path.join(tmpdir(), 'tandem-walkthrough-'));
  const dataDir = path.join(home, 'Tandem');
  const sample = ensureSampleMap(dataDir);
  return { home, dataDir, ...(await serve(sample, dataDir)) };
}

afterEach(async () => {
  if (app) {
    await app.browser.close();
    await app.host.close();
    rmSync(app.home, { recursive: true, force: true });
    app = undefined;
  }
  const seen = problems.splice(0);
  expect(seen, 'the browser reported errors').toEqual([]);
});

function statsOnDisk(file: string): SurveyStats {
  const store = DocumentStore.open(file);
  try {
    return surveyStats(store);
  } finally {
    store.close();
  }
}

async function shot(page: Page, name: string, docsName?: string): Promise<void> {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, `walkthrough-${name}.png`) });
  if (updateScreenshots && docsName) await page.screenshot({ path: path.join(docsShots, docsName) });
}

const card = (page: Page, title: string) =>
  page.locator('.react-flow__node-card .card-node', { has: page.locator('.card__title', { hasText: title }) }).first();

async function box(_page: Page, locator: ReturnType<Page['locator']>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} is not on screen`);
  return b;
}

/** Presses at `from` and drags to `to` in small steps, as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 4, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 14 });
  await page.mouse.up();
}

/** The centre of the cell where a lane and a stage cross, on screen. */
async function cellCentre(page: Page, lane: string, stage: string): Promise<{ x: number; y: number }> {
  const row = await box(page, page.locator('.react-flow__node-laneHeader', { hasText: lane }).first());
  const column = await box(page, page.locator('.react-flow__node-stageHeader', { hasText: stage }).first());
  return { x: column.x + column.width / 2, y: row.y + row.height / 2 };
}

/** Types a card title into the open title box and presses Enter; waits for the card. */
async function typeCard(page: Page, title: string): Promise<void> {
  await page.locator('textarea.card__title-input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await card(page, title).waitFor({ state: 'visible' });
}

/** Links `from` to `to` by dragging the handle on `from`'s right side onto `to`. */
async function link(page: Page, from: string, to: string): Promise<void> {
  const source = card(page, from);
  const b = await box(page, source);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  const handle = await box(page, source.locator('.link-handle--source.react-flow__handle-right'));
  const target = await box(page, card(page, to));
  await drag(
    page,
    { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );
}

const STAGES: [string, string][] = [
  ['Discover', 'Find out'],
  ['Choose', 'Apply'],
  ['Buy', 'Prove identity'],
  ['Use', 'Fund the account'],
];
/** Ten customer actions, two per stage. */
const CUSTOMER = [
  'Sees an ad for the new current account',
  'Compares accounts on the website',
  'Starts the application in the app',
  'Types in personal details',
  'Scans a passport and takes a selfie',
  'Waits for the identity check',
  'Gets the account number',
  'Moves the first salary in',
  'Cannot find the card PIN',
  'Calls the contact centre',
];
/** Six backstage steps from Apply on: two, two, one, one. */
const BACKSTAGE = [
  'Back office reviews the application',
  'Runs the credit and sanctions check',
  'Checks ID photos by hand',
  'Chases missing documents by e-mail',
  'Opens the account in the core system',
  'Posts the card and PIN separately',
];
const PAINS = ['Check takes up to three days', 'No word on progress while waiting', 'Selfie refused without a reason'];

describe('the three release walkthroughs (DESIGN §7) in Chromium', () => {
  it('the facilitator’s first ten minutes: a linked CX–EX map for a bank, built mostly from the keyboard, still there after a restart', async () => {
    app = await startOnSample();
    const { page, dataDir } = app;

    // The app opens on the sample map.
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Retail checkout — new POS rollout');
    await card(page, 'Queues at the till to pay').waitFor({ state: 'visible' });
    await shot(page, '1-sample');

    // New map from the linked CX–EX template, on the start screen.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New from template…' }).click();
    const start = page.getByRole('dialog', { name: 'Start a map' });
    await start.getByText('Linked CX–EX map', { exact: true }).click();
    await start.getByRole('textbox', { name: 'Title' }).click();
    await page.keyboard.type('Open an account');
    const file = path.join(dataDir, 'Open an account.tandem');
    await expect.poll(() => start.getByRole('textbox', { name: /Save as/ }).inputValue()).toBe(file);
    await shot(page, '1-start-screen');
    await start.getByRole('button', { name: 'Create map' }).click();
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe('Open an account');

    // Rename the stages for the bank's journey: double-click, type, Enter.
    for (const [from, to] of STAGES) {
      await page.locator('.stage-header__name', { hasText: from }).dblclick();
      const field = page.getByRole('textbox', { name: 'Name of the stage' });
      await field.waitFor({ state: 'visible' });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(to);
      await page.keyboard.press('Enter');
      await page.locator('.stage-header__name', { hasText: to }).waitFor();
    }
    await expect
      .poll(() => [...mapOnDisk(file).stages].sort((a, b) => a.order - b.order).map((s) => s.name))
      .toEqual([...STAGES.map(([, to]) => to), 'Get help']);

    // Ten customer cards from the keyboard: N makes a card, Enter keeps its title, Alt+→ moves it a stage on.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    for (const [i, title] of CUSTOMER.entries()) {
      await page.keyboard.press('n');
      await typeCard(page, title);
      if (i > 0 && i % 2 === 0) await page.keyboard.press('Alt+ArrowRight');
    }
    // Six backstage cards: one double-click for the first, the keyboard for the rest.
    await page.keyboard.press('Escape');
    const backstage = await cellCentre(page, 'Backstage', 'Apply');
    await page.mouse.dblclick(backstage.x, backstage.y);
    await typeCard(page, BACKSTAGE[0]!);
    for (const [i, title] of BACKSTAGE.entries()) {
      if (i === 0) continue;
      await page.keyboard.press('n');
      await typeCard(page, title);
      if (i >= 2 && i !== 3) await page.keyboard.press('Alt+ArrowRight');
    }
    const cellOf = (doc: TandemDoc, title: string) => {
      const c = doc.cards.find((x) => x.title === title);
      return (
        c && `${doc.lanes.find((l) => l.id === c.laneId)?.title} / ${doc.stages.find((s) => s.id === c.stageId)?.name}`
      );
    };
    await expect
      .poll(() => cellOf(mapOnDisk(file), BACKSTAGE[5]!))
      .toBe('Backstage (staff the customer does not see) / Get help');
    const built = mapOnDisk(file);
    expect(CUSTOMER.map((t) => cellOf(built, t))).toEqual(
      [
        'Find out',
        'Find out',
        'Apply',
        'Apply',
        'Prove identity',
        'Prove identity',
        'Fund the account',
        'Fund the account',
        'Get help',
        'Get help',
      ].map((s) => `Customer actions / ${s}`),
    );
    expect(BACKSTAGE.map((t) => cellOf(built, t)?.split(' / ')[1])).toEqual([
      'Apply',
      'Apply',
      'Prove identity',
      'Prove identity',
      'Fund the account',
      'Get help',
    ]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Digit0');
    await shot(page, '1-cards');

    // Link two backstage cards to the customer moments they enable: the kind defaults to support.
    await link(page, 'Checks ID photos by hand', 'Waits for the identity check');
    await page.keyboard.press('Escape');
    await link(page, 'Posts the card and PIN separately', 'Cannot find the card PIN');
    await page.keyboard.press('Escape');
    await expect.poll(() => mapOnDisk(file).links.length).toBe(2);
    const linked = mapOnDisk(file);
    const titleOf = (id: string) => linked.cards.find((c) => c.id === id)?.title;
    expect(linked.links.map((l) => [titleOf(l.fromId), titleOf(l.toId), l.kind])).toEqual([
      ['Checks ID photos by hand', 'Waits for the identity check', 'support'],
      ['Posts the card and PIN separately', 'Cannot find the card PIN', 'support'],
    ]);

    // Three pain points on the worst moment.
    await card(page, 'Waits for the identity check').click();
    await page.getByRole('tab', { name: 'Pain points' }).click();
    await page.getByLabel('New pain point').click();
    for (const title of PAINS) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => mapOnDisk(file).painPoints.map((p) => p.title)).toEqual(PAINS);
    expect(await card(page, 'Waits for the identity check').locator('.pp-badge').getAttribute('aria-label')).toBe(
      '3 pain points',
    );

    // The customer emotion at the worst moment: a card in the emotion lane, its point dragged down twice.
    await page.keyboard.press('Escape');
    const emotionCell = await cellCentre(page, 'Customer emotion', 'Prove identity');
    await page.mouse.dblclick(emotionCell.x, emotionCell.y);
    await typeCard(page, 'Anxious: is my money safe?');
    const anxious = () => mapOnDisk(file).cards.find((c) => c.title === 'Anxious: is my money safe?');
    await expect.poll(() => anxious()?.id).toBeTruthy();
    const id = anxious()!.id;
    expect(anxious()?.emotion).toBe(0);
    // One level of the scale on screen: the lane's travel (its height less padding and the card) over four steps.
    const laneOnDisk = mapOnDisk(file).lanes.find((l) => l.title === 'Customer emotion')!;
    const lane = await box(page, page.locator('.react-flow__node-laneHeader', { hasText: 'Customer emotion' }).first());
    const zoom = lane.height / laneOnDisk.height;
    const step = ((laneOnDisk.height - 2 * CELL_PADDING - EMOTION_CARD_HEIGHT) / 4) * zoom;
    const knob = () => box(page, page.locator(`.emotion-knob[data-card-id="${id}"] .emotion-knob__dot`));
    let k = await knob();
    await drag(
      page,
      { x: k.x + k.width / 2, y: k.y + k.height / 2 },
      { x: k.x + k.width / 2, y: k.y + k.height / 2 + step },
    );
    await expect.poll(() => anxious()?.emotion).toBe(-1);
    k = await knob();
    await drag(
      page,
      { x: k.x + k.width / 2, y: k.y + k.height / 2 },
      { x: k.x + k.width / 2, y: lane.y + lane.height + 40 },
    );
    await expect.poll(() => anxious()?.emotion).toBe(-2);
    await shot(page, '1-emotion');

    // Undo twice, redo once: the point goes back to neutral, then to −1.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => anxious()?.emotion).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => anxious()?.emotion).toBe(-1);
    await expect.poll(() => page.locator('.status-bar__save').textContent()).toBe('Saved');

    // Close the app and start it again on the same file: everything is there.
    await page.close();
    await app.host.close();
    const again = await serve(file, dataDir, app.browser);
    app = { ...app, host: again.host, page: again.page };
    const reopened = again.page;
    await expect.poll(() => reopened.locator('.title-bar__title').textContent()).toBe('Open an account');
    for (const title of [...CUSTOMER, ...BACKSTAGE]) await card(reopened, title).waitFor({ state: 'visible' });
    for (const [, name] of STAGES) await reopened.locator('.stage-header__name', { hasText: name }).waitFor();
    expect(await card(reopened, 'Waits for the identity check').locator('.pp-badge').getAttribute('aria-label')).toBe(
      '3 pain points',
    );
    expect(await reopened.locator('.react-flow__edge .link-edge--support').count()).toBe(2);
    const doc = mapOnDisk(file);
    expect(doc.cards.filter((c) => c.laneId === doc.lanes.find((l) => l.kind === 'customer')!.id)).toHaveLength(10);
    expect(doc.cards.filter((c) => c.laneId === doc.lanes.find((l) => l.kind === 'backstage')!.id)).toHaveLength(6);
    expect(doc.painPoints).toHaveLength(3);
    expect(anxious()?.emotion).toBe(-1);
    await shot(reopened, '1-reopened');
  });

  it('the back-office team: a new team takes two support cards and sees the customer moments and pain it shapes', async () => {
    app = await startOnSample();
    const { page } = app;
    const file = path.join(app.dataDir, 'Sample map.tandem');
    await card(page, 'Queues at the till to pay').waitFor({ state: 'visible' });

    await page.getByRole('tab', { name: 'Teams' }).click();
    expect(await page.getByRole('listitem', { name: 'Finance operations' }).count()).toBe(0);
    await page.getByLabel('New team').click();
    await page.keyboard.type('Finance operations');
    await page.keyboard.press('Enter');
    await page.getByRole('listitem', { name: 'Finance operations' }).waitFor();

    const BATCH = 'Nightly warranty registration batch';
    const SCHEDULING = 'Installer scheduling (proposed)';
    for (const title of [BATCH, SCHEDULING]) {
      await card(page, title).click();
      await page.getByRole('tab', { name: 'Inspector' }).click();
      await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
      await page.getByLabel('Owner team').selectOption({ label: 'Finance operations' });
    }
    await expect
      .poll(() => {
        const doc = mapOnDisk(file);
        const finance = doc.teams.find((t) => t.name === 'Finance operations');
        return doc.cards
          .filter((c) => finance && c.ownerTeamId === finance.id)
          .map((c) => c.title)
          .sort();
      })
      .toEqual([SCHEDULING, BATCH]);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('What my team touches').selectOption({ label: 'Finance operations' });
    const dimmed = (title: string) =>
      card(page, title)
        .locator('.card')
        .evaluate((el) => el.classList.contains('card--dimmed'));
    const ASKS = 'Asks why the warranty is not registered';
    await expect.poll(() => dimmed('Queues at the till to pay')).toBe(true);
    for (const title of [BATCH, SCHEDULING, ASKS]) expect(await dimmed(title), title).toBe(false);
    for (const title of ['Chat agent answers', 'Online shop', 'New POS system', 'Has the TV wall-mounted'])
      expect(await dimmed(title), title).toBe(true);
    expect(await card(page, ASKS).locator('.pp-badge').isVisible()).toBe(true);
    expect(await card(page, ASKS).locator('.pp-badge').getAttribute('aria-label')).toBe('1 pain point');
    await shot(page, '2-team-filter', 'team-filter.png');
  });

  it('the CX lead: imports the linked survey, reads the scorecard and the gaps, traces a pain, and exports an A3 board pack', async () => {
    app = await startOnSample();
    const { page } = app;
    const file = path.join(app.dataDir, 'Sample map.tandem');
    await card(page, 'Delivery van').waitFor({ state: 'visible' });

    // Import the survey through the file chooser.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import survey…' }).click(),
    ]);
    await chooser.setFiles(SURVEY);
    // The review step: unknown_step matches no card; its answers are kept under Unassigned.
    await page
      .getByRole('dialog', { name: /^Review / })
      .getByRole('button', { name: 'Import anyway' })
      .click();
    await page.locator('.import-summary').waitFor({ state: 'visible' });
    expect(await page.locator('.import-summary').textContent()).toContain('Imported 604 answers from 64 interactions');
    await shot(page, '3-import');
    await page.getByRole('button', { name: 'Done' }).click();

    // NPS, CSAT, CES and eNPS per stage in the scorecard, as the file's answers give them.
    const stats = statsOnDisk(file);
    await page.getByRole('tab', { name: 'Scores' }).click();
    const header = await page.locator('.scorecard thead th').allTextContents();
    expect(header.join(' ')).toMatch(/NPS.*CSAT.*CES.*eNPS/);
    const row = (stage: string) => page.locator(`.scorecard__stage[data-stage="${stage}"] td`).allTextContents();
    const receive = stats.stages.find((s) => s.name === 'Receive')!.metrics;
    await expect.poll(async () => (await row('Receive'))[1]).toContain(`${receive.csat}%`);
    for (const stage of stats.stages) {
      const cells = await row(stage.name);
      // NPS, CSAT, CES | eNPS, then the CX + EX index.
      expect(cells, stage.name).toHaveLength(5);
      const m = stage.metrics;
      if (m.csat !== null && stage.name !== 'Buy') expect(cells[1], stage.name).toContain(`${m.csat}%`);
      if (m.ces !== null) expect(cells[2], stage.name).toContain(m.ces.toFixed(2));
      if (m.enps !== null) expect(cells[3], stage.name).toContain(String(Math.abs(m.enps)));
      if (m.index !== null) expect(cells[4], stage.name).toBe(m.index.toFixed(1));
    }
    await shot(page, '3-scorecard', 'sample-map.png');

    // Which touchpoints carry a perception-gap flag, and why.
    const flagged = stats.touchpoints.filter((t) => t.card && t.gaps.some((g) => g.flagged));
    expect(flagged.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="gap-badge"]').count()).toBe(flagged.length);
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.locator('.gap-item').first().waitFor({ state: 'visible' });
    const gapText = (await page.locator('.gaps__list').textContent()) ?? '';
    for (const t of flagged) {
      expect(gapText).toContain(t.card!.title);
      for (const g of t.gaps.filter((x) => x.flagged)) expect(gapText).toContain(`${g.disagree} of ${g.pairs}`);
    }
    await expect.poll(() => page.locator('.gap-item__comments li').count()).toBeGreaterThan(0);
    await shot(page, '3-gaps');

    // Trace the customer's queue at the till to the employee pain behind it.
    await card(page, 'Queues at the till to pay').click();
    await page.getByRole('tab', { name: 'Pain points' }).click();
    await page.getByRole('button', { name: /^Waits 8\+ minutes at peak times, severity 5/ }).click();
    await page.getByRole('button', { name: 'Trace', exact: true }).click();
    const trace = page.getByRole('region', { name: 'Root-cause trace' });
    await trace.getByText('Employee pain behind this').waitFor();
    await trace.getByText('Card terminal handshake takes up to 40 s').waitFor();
    await trace.getByText('Warranty and delivery fields typed twice').waitFor();
    await expect
      .poll(() => card(page, 'New POS system').locator('.card').getAttribute('class'))
      .toContain('card--trace-cause');
    await shot(page, '3-trace', 'trace.png');
    await page.keyboard.press('Escape');

    // An A3 tiled PDF with the appendix, from the export dialog.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('PDF', { exact: true }).check();
    await dialog.getByLabel('Paper').selectOption('A3');
    await dialog.getByLabel('Tiles across pages').check();
    await dialog.getByLabel(/Appendix/).check();
    // The browser host writes only inside the served map's folder and the data folder (here the same folder).
    const out = path.join(app.dataDir, 'exports', 'Board pack.pdf');
    mkdirSync(path.dirname(out), { recursive: true });
    await dialog.getByLabel('Save to').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(out);
    await shot(page, '3-export-dialog');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText('Saved to').waitFor({ state: 'visible', timeout: 60_000 });

    const summary = (await dialog.getByTestId('export-summary').textContent()) ?? '';
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
    expect(summary).toMatch(new RegExp(`^${pages} pages`));
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const c of mapOnDisk(file).cards) expect(text, c.title).toContain(c.title.split(/\s+/).slice(0, 2).join(' '));
    // The metrics lane prints all four figures of a stage, the employee's eNPS included.
    expect(text).toContain('eNPS (EX)');
    for (const heading of ['Legend', 'CX + EX scorecard', 'Pain point register', 'Actions'])
      expect(text).toContain(heading);
    const pngDir = path.join(results, 'walkthrough-pdf');
    rmSync(pngDir, { recursive: true, force: true });
    mkdirSync(pngDir, { recursive: true });
    copyFileSync(out, path.join(pngDir, 'board-pack.pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '40', out, path.join(pngDir, 'page')]);
    expect(readdirSync(pngDir).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
  });
});
