import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { hostedMaps, type HostedMap } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = path.join(root, 'test-results', 'axe');
const SAMPLE_CSV = path.join(root, 'test', 'fixtures', 'surveys', 'linked-survey-sample.csv');
const PROJECTOR = { width: 1280, height: 720 };

type Page = HostedMap['page'];

const openHostedMap = hostedMaps();

/**
 * The rules switched off, each with the reason it cannot apply (rule id → reason). None is today: the canvas's
 * nodes are ordinary elements with roles and names, so every rule applies to it and passes. A rule that cannot
 * apply to a drawing surface goes here with its reason, never silently.
 */
const RULES_OFF: Readonly<Record<string, string>> = {};

/** One screen a user can reach: how to bring it up from the editor, and how to leave it again. */
interface Screen {
  name: string;
  /** The part of the page the screen adds, checked alone (the canvas behind it was checked once already). */
  scope?: string;
  open(page: Page): Promise<void>;
  close?(page: Page): Promise<void>;
}

async function pressEscapeUntilGone(page: Page, dialog: string | RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'hidden' });
}

const SIDE_PANEL_TABS = [
  'Inspector',
  'Pain points',
  'Teams',
  'Personas',
  'Legend',
  'Scores',
  'Surveys',
  'Gaps',
  'History',
  'Parking lot',
] as const;

/**
 * Every screen checked, in every theme. A new screen joins by adding an entry here.
 */
const SCREENS: readonly Screen[] = [
  {
    name: 'editor with the sample map',
    open: async (page) => {
      await page.locator('.card__title').first().waitFor({ state: 'visible' });
    },
  },
  {
    name: 'a card selected, its inspector open',
    open: async (page) => {
      await page.locator('.card__title').first().click();
      await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
    },
  },
  ...SIDE_PANEL_TABS.map(
    (tab): Screen => ({
      name: `side panel: ${tab}`,
      scope: '.side-panel',
      open: async (page) => {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.getByRole('tabpanel').first().waitFor({ state: 'visible' });
      },
    }),
  ),
  {
    name: 'presentation mode',
    open: async (page) => {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F5');
      await page.locator('.editor--presenting').waitFor();
      await page.locator('.present-indicator').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'the focus view of a stage, while presenting',
    open: async (page) => {
      await page.keyboard.press('f');
      await page.locator('.focus-view').waitFor({ state: 'visible' });
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('.focus-view').waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await page.locator('.editor--presenting').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'start screen',
    scope: '[role="dialog"]',
    open: async (page) => {
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await page.getByRole('menuitem', { name: 'New from template…' }).click();
      await page.getByRole('dialog', { name: 'Start a map' }).waitFor({ state: 'visible' });
    },
    close: (page) => pressEscapeUntilGone(page, 'Start a map'),
  },
  {
    name: 'export dialog',
    scope: '[role="dialog"]',
    open: async (page) => {
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Export…' }).click();
      await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'visible' });
    },
    close: (page) => pressEscapeUntilGone(page, 'Export'),
  },
  {
    name: 'survey import dialog',
    scope: '[role="dialog"]',
    open: async (page) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import survey…' }).click(),
      ]);
      await chooser.setFiles(SAMPLE_CSV);
      await page.getByRole('dialog', { name: /^Review / }).waitFor({ state: 'visible' });
    },
    close: (page) => pressEscapeUntilGone(page, /^Review /),
  },
];

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function violations(page: Page, scope: string | undefined): Promise<string[]> {
  const builder = new AxeBuilder({ page }).disableRules(Object.keys(RULES_OFF));
  const found = await (scope ? builder.include(scope) : builder).analyze();
  return found.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .slice(0, 5)
        .map(
          (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
        ),
    );
}

async function chooseTheme(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('menuitemradio', { name, exact: true }).click();
}

describe('axe finds no serious or critical problem, in Chromium against the browser host', () => {
  for (const theme of ['Light', 'Dark', 'High contrast'] as const) {
    it(`on every screen in the ${theme.toLowerCase()} theme`, async () => {
      mkdirSync(results, { recursive: true });
      const hosted = await openHostedMap('sample', PROJECTOR);
      const { page } = hosted;
      await page.locator('.card__title').first().waitFor({ state: 'visible' });
      await chooseTheme(page, theme);
      const report: Record<string, string[]> = {};
      for (const screen of SCREENS) {
        await screen.open(page);
        const found = await violations(page, screen.scope);
        if (found.length) report[screen.name] = found;
        writeFileSync(
          path.join(results, `${theme.replace(' ', '-').toLowerCase()}.json`),
          JSON.stringify(report, null, 2),
        );
        await screen.close?.(page);
      }
      writeFileSync(
        path.join(results, `${theme.replace(' ', '-').toLowerCase()}.json`),
        JSON.stringify(report, null, 2),
      );
      expect(report).toEqual({});
    }, 480_000);
  }
});
