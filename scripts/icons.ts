// `npm run icons`: renders Tandem's icons from their SVG sources in assets/ into every file the installers use —
// the Linux icon set (assets/icons/NxN.png), Windows' .ico and macOS' .icns, for the app and for .tandem documents.
// Chromium draws the SVG (the one Tandem already needs for PDF export; CHROMIUM_PATH or the usual install paths),
// so the pictures match what a browser shows. The outputs are committed: packaging never needs Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../electron/services/export/chromium';
import { encodeIcns, encodeIco, PNG_SIZES, type SizedPng } from './iconFormats';

const assets = fileURLToPath(new URL('../assets', import.meta.url));

/** What to render: an SVG source and the files it becomes (paths without extension get .ico and .icns). */
const ICONS = [
  { source: 'icon.svg', pngFolder: 'icons', containers: 'icon' },
  { source: 'document.svg', pngFolder: 'document-icons', containers: 'document' },
] as const;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    const svg = readFileSync(path.join(assets, icon.source), 'utf8');
    const images: SizedPng[] = [];
    for (const size of PNG_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace(
          /<svg /,
          `<svg style="display:block;width:${size}px;height:${size}px" `,
        )}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      images.push({ size, png });
    }
    const folder = path.join(assets, icon.pngFolder);
    mkdirSync(folder, { recursive: true });
    for (const { size, png } of images) writeFileSync(path.join(folder, `${size}x${size}.png`), png);
    writeFileSync(path.join(assets, `${icon.containers}.ico`), encodeIco(images));
    writeFileSync(path.join(assets, `${icon.containers}.icns`), encodeIcns(images));
    console.log(
      `${icon.source}: ${PNG_SIZES.length} PNGs in assets/${icon.pngFolder}/, ${icon.containers}.ico, ${icon.containers}.icns`,
    );
  }
} finally {
  await browser.close();
}
