import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import { hostedMaps, RENDERER_DIR } from '../helpers/browserHost';
import { metaPolicies } from '../helpers/metaCsp';

const openMap = hostedMaps();

const TITLE = 'Retail checkout — new POS rollout';

describe('the browser host, seen from Chromium', () => {
  it('takes its token out of the address bar once the page has loaded, and a reload still shows the map', async () => {
    const hosted = await openMap('sample');
    const { page, host } = hosted;
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe(TITLE);
    const address = await page.evaluate(() => location.href);
    expect(address).toBe(`http://127.0.0.1:${host.port}/`);
    expect(address).not.toContain(host.token);

    await page.reload();
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe(TITLE);
    await page.locator('.card__title', { hasText: 'Queues at the till to pay' }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => location.href)).not.toContain(host.token);
  });

  it('serves a page whose <meta> policy is the header policy, and Chromium reports no CSP problem with either', async () => {
    const built = readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
    expect(metaPolicies(built)).toEqual([META_CONTENT_SECURITY_POLICY]);

    const hosted = await openMap('sample');
    const { page } = hosted;
    const complaints: string[] = [];
    page.on('console', (msg) => {
      if (/content security policy/i.test(msg.text())) complaints.push(msg.text());
    });
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(metaPolicies((await response?.text()) ?? '')).toEqual([META_CONTENT_SECURITY_POLICY]);
    await expect.poll(() => page.locator('.title-bar__title').textContent()).toBe(TITLE);
    expect(complaints).toEqual([]);
  });
});
