// PDF export inside the desktop app prints with Electron's own Chromium, so a user needs no separate browser.
// The print page is static (inline SVG and HTML, every user text escaped), so the window that prints it runs
// no script at all, has no preload and no Node, and may not load anything but the page itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { ApiFailure } from '../../shared/api/result';
import type { PdfPageSetup, PrintPdf } from '../services/export/progress';
import { HARDENED_WEB_PREFERENCES } from './security';

const MM_PER_INCH = 25.4;
/** An in-memory session of its own: nothing the print page does reaches the app's session or the disk cache. */
export const PRINT_PARTITION = 'tandem-print';
/** A print that takes longer than this has hung (a 500-card map prints in a few seconds). */
const PRINT_TIMEOUT_MS = 120_000;

/** The hidden print window: no preload, sandboxed, isolated, JavaScript off, no spellcheck, its own session. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1200,
    height: 900,
    paintWhenInitiallyHidden: true,
    webPreferences: { ...HARDENED_WEB_PREFERENCES, javascript: false, spellcheck: false, partition: PRINT_PARTITION },
  };
}

/** Electron's printToPDF options for a page set-up; the HTML's @page rule says the same, and wins where they differ. */
export function printToPdfOptions(page: PdfPageSetup): PrintToPDFOptions {
  const margin = page.marginMm / MM_PER_INCH;
  return {
    pageSize: page.paper,
    landscape: page.orientation === 'landscape',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    preferCSSPageSize: true,
    printBackground: true,
    // Each map page's heading becomes a PDF bookmark, as with Playwright's `outline: true`.
    generateDocumentOutline: true,
    displayHeaderFooter: false,
  };
}

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * The session's `printPdf` hook: writes the HTML to a private temp file (data: URLs stop working beyond a few
 * megabytes, which a large tiled map reaches), loads it in a hidden hardened window, prints, and always closes
 * the window and deletes the file, whether printing worked or not.
 */
export function createPdfPrinter(BrowserWindowClass: WindowClass, timeoutMs = PRINT_TIMEOUT_MS): PrintPdf {
  return async (html, page) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-print-'));
    const file = path.join(dir, 'print.html');
    writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
    const pageUrl = pathToFileURL(file).href;
    const win = new BrowserWindowClass(printWindowOptions());
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // The page is self-contained: any other request (a stray URL in a future renderer change) is refused.
      win.webContents.session.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: details.url !== pageUrl }),
      );
      const work = (async () => {
        await win.loadURL(pageUrl);
        return win.webContents.printToPDF(printToPdfOptions(page));
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`printing did not finish within ${Math.round(timeoutMs / 1000)} s`)),
          timeoutMs,
        );
      });
      return Buffer.from(await Promise.race([work, timeout]));
    } catch (err) {
      throw new ApiFailure('io', `The PDF could not be printed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      if (timer) clearTimeout(timer);
      if (!win.isDestroyed()) win.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
