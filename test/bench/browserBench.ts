import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../electron/services/export/chromium';
import { percentile } from './stats';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the bare React Flow page (production mode, like the app) and serves it on 127.0.0.1. */
export async function serveBarePage(): Promise<{ url: string; server: Server }> {
  const outDir = join(root, 'dist', 'bench-bare');
  await build({
    root: join(root, 'test', 'bench', 'bare'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = resolve(outDir, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    const file =
      path.startsWith(outDir) && existsSync(path) && statSync(path).isFile() ? path : join(outDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Starts `tandem serve FILE` as its own process, so its memory can be read from /proc. */
export async function startHostProcess(file: string): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, [join(root, 'electron/cli/tandem.mjs'), 'serve', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TANDEM_HOME: join(file, '..') },
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) resolveUrl(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`tandem serve exited with ${code}`)));
  });
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/** Peak resident memory of a process, in MB (Linux /proc). */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Chromium as export starts it, so the bench measures the browser users get. */
export const launch = launchChromium;

/** Opens `url` in a fresh page and returns ms from navigation start to the first frame after `selector` shows. */
export async function timeToInteractive(
  browser: Browser,
  url: string,
  selector: string,
): Promise<{ page: Page; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 60_000 });
  const ms = (await page.evaluate(
    'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))',
  )) as number;
  return { page, ms };
}

/**
 * Drags the element under `selector` nearest the middle of the window by 300 px in 60 steps, the same in the app
 * and the baseline (starting in the middle keeps the drag from running into the window edge and auto-panning in
 * one and not the other). Returns the frame times during the move and, apart, the frame of the drop.
 */
export async function dragFrames(
  page: Page,
  selector: string,
): Promise<{ p95: number; max: number; drop: number; frames: number }> {
  // A person looks at the map before grabbing a card: let start-up work (fonts, statistics, first measurements)
  // finish in both pages, so the drag is measured on its own.
  await page.waitForTimeout(1000);
  const index = (await page.evaluate(`(() => {
    const els = [...document.querySelectorAll(${JSON.stringify(selector)})];
    let best = 0, bestDistance = Infinity;
    els.forEach((e, i) => { const r = e.getBoundingClientRect(); const d = Math.hypot(r.x + r.width / 2 - innerWidth * 0.35, r.y + r.height / 2 - innerHeight * 0.4); if (d < bestDistance) { bestDistance = d; best = i; } });
    return best;
  })()`)) as number;
  const box = await page.locator(selector).nth(index).boundingBox();
  if (!box) throw new Error(`nothing to drag at ${selector}`);
  // In-page code goes as a string: the TypeScript loader would otherwise wrap named functions in a helper
  // that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + i * 5, y + i * 2);
    await page.waitForTimeout(16);
  }
  const moving = (await page.evaluate('window.__frames.length')) as number;
  await page.mouse.up();
  await page.waitForTimeout(400);
  const all = (await page.evaluate('(() => { window.__stop = true; return window.__frames; })()')) as number[];
  const frames = all.slice(1, moving);
  return {
    p95: percentile(frames, 95),
    max: Math.max(...frames),
    drop: Math.max(...all.slice(moving)),
    frames: frames.length,
  };
}

/** JS heap in use by the page, MB (Chromium's performance metrics). */
export async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}
