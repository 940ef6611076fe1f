import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runExport } from '../../electron/services/export/index';
import { exportRequestSchema } from '../../shared/render/exportOptions';
import { renderMapSvg } from '../../shared/render/svg';
import type { TandemDoc } from '../../shared/schema/document';
import { msSince } from './stats';

/** The real export path for a PDF (tiled A3) and a PNG at 2×; baseline: Chromium printing a static page of the same SVG. */
export async function benchExport(doc: TandemDoc, dir: string, browser: Browser) {
  const time = async (work: () => Promise<unknown>) => {
    const t = process.hrtime.bigint();
    await work();
    return msSince(t);
  };
  const pdfMs = await time(() =>
    runExport(
      doc,
      exportRequestSchema.parse({ format: 'pdf', path: join(dir, 'map.pdf'), paper: 'A3', fit: 'tiles' }),
      {},
    ),
  );
  const pngMs = await time(() =>
    runExport(doc, exportRequestSchema.parse({ format: 'png', path: join(dir, 'map.png'), scale: 2 }), {}),
  );
  const svg = renderMapSvg(doc);
  const baselineMs = await time(async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.pdf({ format: 'A3', landscape: true });
    await page.close();
  });
  return { pdfMs, pngMs, baselineMs };
}
