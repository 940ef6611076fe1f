import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostedMaps, type HostedMap } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = path.join(root, 'docs', 'user-guide');
const results = path.join(root, 'test-results', 'themes');
const PROJECTOR = { width: 1280, height: 720 };

const openHostedMap = hostedMaps();

type Page = HostedMap['page'];

/** Picks a theme from the toolbar's theme menu, as a user of the browser host does (the desktop app: View › Theme). */
async function chooseTheme(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('menuitemradio', { name, exact: true }).click();
}

/** The computed colour of the first element matching `selector`, as `rgb(r, g, b)`. */
async function colourOf(page: Page, selector: string, property: 'color' | 'background-color'): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

/** Relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function sampleOnScreen(page: Page): Promise<void> {
  await page.locator('.card__title').first().waitFor({ state: 'visible' });
}

describe('themes, in Chromium against the browser host', () => {
  it('shows the map dark, in high contrast and light again, and remembers the choice for the next start', async () => {
    mkdirSync(results, { recursive: true });
    const hosted = await openHostedMap('sample', PROJECTOR);
    const { page } = hosted;
    await sampleOnScreen(page);
    expect(luminance(await colourOf(page, '.card', 'background-color'))).toBeGreaterThan(0.8);

    await chooseTheme(page, 'Dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const card = await colourOf(page, '.card', 'background-color');
    const title = await colourOf(page, '.card__title', 'color');
    expect(luminance(card)).toBeLessThan(0.05);
    expect(luminance(title)).toBeGreaterThan(0.5);
    expect(luminance(await colourOf(page, '.react-flow', 'background-color'))).toBeLessThan(0.05);
    expect(luminance(await colourOf(page, '.side-panel', 'background-color'))).toBeLessThan(0.1);

    await page.reload();
    await sampleOnScreen(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: 'Theme: Dark' }).waitFor({ state: 'visible' });

    await chooseTheme(page, 'High contrast');
    expect(await colourOf(page, '.card', 'background-color')).toBe('rgb(0, 0, 0)');
    expect(await colourOf(page, '.card__title', 'color')).toBe('rgb(255, 255, 255)');

    await chooseTheme(page, 'Light');
    expect(luminance(await colourOf(page, '.card', 'background-color'))).toBeGreaterThan(0.8);
  });

  it('follows the operating system by default: dark, and high contrast when it asks for more contrast', async () => {
    const hosted = await openHostedMap('sample', PROJECTOR);
    const { page } = hosted;
    await page.emulateMedia({ colorScheme: 'dark' });
    await sampleOnScreen(page);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.getByRole('button', { name: 'Theme: System' }).waitFor({ state: 'visible' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'contrast');
  });

  it('exports print-light in the dark theme: the SVG has a white page and dark ink', async () => {
    const hosted = await openHostedMap('sample', { width: 1600, height: 1000 });
    const { page, dir } = hosted;
    await sampleOnScreen(page);
    await chooseTheme(page, 'Dark');
    await page.getByRole('button', { name: /^Map/ }).click();
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'visible' });
    await page.getByLabel('SVG', { exact: true }).check();
    const out = path.join(dir, 'dark.svg');
    await page.getByLabel('Save to').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByText('Saved to').waitFor({ state: 'visible', timeout: 60_000 });
    const svg = readFileSync(out, 'utf8');
    // The page behind the map is white and no dark-theme surface or token reached the file.
    expect(svg).toMatch(/<rect[^>]*fill="#ffffff"/i);
    expect(svg).not.toContain('var(--');
    const darkCard = await page.evaluate(() => document.documentElement.style.getPropertyValue('--bg-white'));
    expect(darkCard).not.toBe('#ffffff');
    expect(svg.toLowerCase()).not.toContain(darkCard.trim().toLowerCase());
  });

  it('shows the editor in the three themes at 1280 × 720, in English and Chinese, for the guide', async () => {
    for (const locale of ['en-GB', 'zh-CN'] as const) {
      const hosted = await openHostedMap('sample', PROJECTOR, locale);
      const { page } = hosted;
      await sampleOnScreen(page);
      for (const theme of ['light', 'dark', 'contrast'] as const) {
        await page.getByRole('button', { name: /^(Theme|主题)/ }).click();
        const names = { light: /^(Light|浅色)$/, dark: /^(Dark|深色)$/, contrast: /^(High contrast|高对比度)$/ };
        await page.getByRole('menuitemradio', { name: names[theme] }).click();
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        // The pointer leaves the menu, so no hover state shows in the picture.
        await page.mouse.move(640, 700);
        const short = locale.slice(0, 2);
        await page.screenshot({ path: path.join(results, `editor-${theme}-${short}.png`) });
        if (process.env.UPDATE_GUIDE_SHOTS)
          await page.screenshot({ path: path.join(guide, `theme-${theme}-${short}.png`) });
      }
      await hosted.close();
    }
  });
});
