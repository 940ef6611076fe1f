import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ApiFailure } from '../../../shared/api/result';

/** Where Chromium is looked for when CHROMIUM_PATH is not set (Debian/Ubuntu first, then Chrome). */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

// Without the networking flags Chromium keeps trying to reach Google's services, which floods a closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable PDF and PNG export use: CHROMIUM_PATH, else the first usual install path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given))
      throw new ApiFailure(
        'unsupported',
        `CHROMIUM_PATH points at ${given}, which does not exist. Set it to a Chromium or Chrome executable, or unset it.`,
      );
    return given;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new ApiFailure(
      'unsupported',
      'PDF and PNG export need Chromium, and none was found. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

/** Starts a headless Chromium for one export; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({ executablePath, args: ARGS });
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new ApiFailure(
      'unsupported',
      `Chromium at ${executablePath} could not be started (${first}). Set CHROMIUM_PATH to a working Chromium or Chrome.`,
    );
  }
}

/**
 * Runs `work` with a browser: the one given (left open), or a fresh one closed afterwards. `prepare` (drawing the
 * SVG, say) runs while a fresh browser starts, so the two overlap; its result is handed to `work`.
 */
export async function withBrowser<T, P = undefined>(
  given: Browser | undefined,
  work: (browser: Browser, prepared: P) => Promise<T>,
  prepare?: () => P,
): Promise<T> {
  if (given) return work(given, prepare?.() as P);
  const launching = launchChromium();
  // Let the launch reach the point of starting Chromium's process before the CPU-bound preparation begins.
  await new Promise((r) => setTimeout(r, 5));
  let prepared: P;
  try {
    prepared = prepare?.() as P;
  } catch (err) {
    void launching.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  const browser = await launching;
  try {
    return await work(browser, prepared);
  } finally {
    await browser.close();
  }
}
