import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HostedMap, hostedMaps } from '../helpers/browserHost';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = path.join(root, 'docs', 'user-guide');

const openMap = hostedMaps();

const SMALL = { width: 1280, height: 720 };

/** The words that tell a language at a glance: the toolbar's Find, a side panel tab, and a blueprint line. */
const WORDS = {
  en: { find: 'Find', tab: 'Inspector', line: 'Line of visibility' },
  ru: { find: 'Найти', tab: 'Свойства', line: 'Линия видимости' },
  uk: { find: 'Знайти', tab: 'Властивості', line: 'Лінія видимості' },
  pl: { find: 'Znajdź', tab: 'Inspektor', line: 'Linia widoczności' },
  zh: { find: '查找', tab: '检查器', line: '可视线' },
} as const;

async function shows(page: HostedMap['page'], words: (typeof WORDS)[keyof typeof WORDS]): Promise<void> {
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: words.find, exact: true }).waitFor({ state: 'visible' });
  await page.getByRole('tab', { name: words.tab, exact: true }).waitFor({ state: 'visible' });
  await page.locator('.blueprint-line__label', { hasText: words.line }).first().waitFor({ state: 'visible' });
}

/** Every element of the chrome whose text is wider than its box (cut or overflowing), by its text. */
async function overflowing(page: HostedMap['page']): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector =
      '.toolbar button, .toolbar .menu-button, .side-panel__tab, .status-bar span, .title-bar button, .title-bar h1';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(el.textContent?.trim() ?? '');
    }
    const toolbar = document.querySelector<HTMLElement>('.toolbar');
    if (toolbar && toolbar.scrollWidth > toolbar.clientWidth + 1) found.push('the toolbar itself');
    const tabs = document.querySelector<HTMLElement>('.side-panel__tabs');
    if (tabs && tabs.scrollWidth > tabs.clientWidth + 1) found.push('the panel tabs');
    return found;
  });
}

describe('the UI in five languages, in Chromium against the browser host', () => {
  it('opens in Polish for a pl-PL browser and in Chinese for a zh-CN one, without any setting', async () => {
    let hosted = await openMap('sample', SMALL, 'pl-PL');
    await shows(hosted.page, WORDS.pl);
    expect(await hosted.page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await hosted.close();
    hosted = await openMap('sample', SMALL, 'zh-CN');
    await shows(hosted.page, WORDS.zh);
    expect(await hosted.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  });

  it('switches the toolbar, a panel and the blueprint lines at once from the language menu, and keeps the choice after a reload', async () => {
    const hosted = await openMap('sample', SMALL, 'en-GB');
    const { page } = hosted;
    await shows(page, WORDS.en);
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitemradio', { name: 'Українська' }).click();
    await shows(page, WORDS.uk);
    expect(await page.locator('.blueprint-line__label', { hasText: 'Line of visibility' }).count()).toBe(0);
    await page.reload();
    await shows(page, WORDS.uk);
  });

  it('lays out the editor at 1280 × 720 in every language with nothing cut or overflowing, and shows it in the guide', async () => {
    mkdirSync(guide, { recursive: true });
    const hosted = await openMap('sample', SMALL, 'en-GB');
    const { page } = hosted;
    await shows(page, WORDS.en);
    for (const language of ['en', 'ru', 'uk', 'pl', 'zh'] as const) {
      await page.getByRole('button', { name: /^(Language|Язык|Мова|Język|语言)/ }).click();
      const names = { en: 'English', ru: 'Русский', uk: 'Українська', pl: 'Polski', zh: '中文（简体）' };
      await page.getByRole('menuitemradio', { name: names[language] }).click();
      await shows(page, WORDS[language]);
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(guide, `editor-${language}.png`) });
      expect(await overflowing(page), language).toEqual([]);
    }
  });
});
