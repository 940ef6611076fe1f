import type { Browser, BrowserContext } from 'playwright-core';
import { ApiFailure } from '../../../shared/api/result';
import { measureMap, renderMapSvg, type RenderOptions } from '../../../shared/render/svg';
import { pngTiles, type Tile } from '../../../shared/render/tiling';
import type { TandemDoc } from '../../../shared/schema/document';
import { withBrowser } from './chromium';
import { checkCancelled, type ExportControl } from './progress';

/** PNG options. */
export interface PngOptions extends RenderOptions, ExportControl {
  /** Device pixels per map pixel: 1, 2 or 3. */
  scale?: number;
  /** A running browser to reuse; otherwise one is started and closed. */
  browser?: Browser;
}

/** One PNG file: the whole map, or one tile of a map too large for one bitmap. */
export interface PngImage {
  /** Null for a single image; the tile (row/column from 0, map CSS px) otherwise. */
  tile: Tile | null;
  png: Buffer;
}

/**
 * Rasterises the map's SVG with Chromium at 1×, 2× or 3× (deviceScaleFactor), white or transparent. Maps larger
 * than one sane bitmap come back as tiles (see pngTiles in shared/render/tiling.ts).
 */
export async function exportPng(
  doc: TandemDoc,
  options: PngOptions = {},
): Promise<{ images: PngImage[]; width: number; height: number; rows: number; cols: number }> {
  const scale = options.scale ?? 1;
  if (![1, 2, 3].includes(scale))
    throw new ApiFailure('invalid_arguments', `PNG scale must be 1, 2 or 3, not ${scale}`);
  const { width, height } = measureMap(doc, options);
  const grid = pngTiles(width, height, scale);
  const transparent = options.background === 'transparent';
  const htmlFor = (svg: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:${transparent ? 'transparent' : '#ffffff'}}` +
    `#frame{position:relative;overflow:hidden}#map{position:absolute;left:0;top:0}#map svg{display:block}</style></head>` +
    `<body><div id="frame"><div id="map">${svg}</div></div></body></html>`;
  const images = await withBrowser(
    options.browser,
    async (browser, html) => {
      const out: PngImage[] = new Array(grid.tiles.length);
      let next = 0;
      let done = 0;
      const report = () =>
        options.onProgress?.({
          phase:
            grid.tiles.length > 1
              ? `Drawing tile ${Math.min(done + 1, grid.tiles.length)} of ${grid.tiles.length}`
              : 'Drawing the map',
          step: grid.tiles.length > 1 ? 'tile' : 'drawing',
          done,
          total: grid.tiles.length,
        });
      // Each worker is its own browser context, so its own renderer process: with several tiles, two draw at once
      // (rasterising is single-threaded per page, and it is most of a large PNG's time).
      const worker = async () => {
        const context = await browser.newContext({
          javaScriptEnabled: false,
          offline: true,
          deviceScaleFactor: 1,
          viewport: { width: 800, height: 600 },
        });
        try {
          const page = await context.newPage();
          await page.route('**/*', (route) => route.abort());
          // The SVG sits in a clipping frame the size of a tile; each tile moves it so that the tile's part fills the frame.
          await page.setContent(html, { waitUntil: 'load' });
          const cdp = await context.newCDPSession(page);
          while (next < grid.tiles.length) {
            const i = next++;
            const t = grid.tiles[i]!;
            checkCancelled(options.signal);
            report();
            const w = Math.ceil(t.width);
            const h = Math.ceil(t.height);
            await page.locator('#frame').evaluate(
              (frame, box) => {
                frame.style.width = `${box.w}px`;
                frame.style.height = `${box.h}px`;
                const map = frame.firstElementChild as HTMLElement;
                map.style.left = `${-box.x}px`;
                map.style.top = `${-box.y}px`;
              },
              { x: t.x, y: t.y, w, h },
            );
            out[i] = { tile: grid.tiles.length > 1 ? t : null, png: await capture(cdp, w, h, scale, transparent) };
            done++;
          }
        } finally {
          await context.close();
        }
      };
      await Promise.all(Array.from({ length: Math.min(PNG_WORKERS, grid.tiles.length) }, worker));
      options.onProgress?.({ phase: 'Done', step: 'done', done: grid.tiles.length, total: grid.tiles.length });
      return out;
    },
    () => htmlFor(renderMapSvg(doc, options)),
  );
  return { images, width, height, rows: grid.rows, cols: grid.cols };
}

/** Tiles drawn at once. Two contexts drawing side by side were no faster on the shared two-core machine (each also parses the SVG), so one. */
const PNG_WORKERS = 1;

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/**
 * One PNG of the viewport's top-left w × h CSS px at `scale` device pixels per px, through the DevTools protocol:
 * the clip's scale rasterises at that resolution (crisp text, not an enlarged 1× image), and optimizeForSpeed
 * trades a somewhat larger file for a much quicker PNG encoder on tens of megapixels.
 */
async function capture(cdp: Cdp, w: number, h: number, scale: number, transparent: boolean): Promise<Buffer> {
  if (transparent) await cdp.send('Emulation.setDefaultBackgroundColorOverride', { color: { r: 0, g: 0, b: 0, a: 0 } });
  // The viewport stays small and the clip reaches beyond it: a viewport as large as the tile would first be
  // painted at 1× for the screen, then again at `scale` for the capture (measured twice as slow).
  const shot = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width: w, height: h, scale },
    optimizeForSpeed: true,
    captureBeyondViewport: true,
  });
  return Buffer.from(shot.data, 'base64');
}

/** Width and height of a PNG, read from its IHDR header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
