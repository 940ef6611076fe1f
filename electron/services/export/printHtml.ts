import type { Browser } from 'playwright-core';
import { withBrowser } from './chromium';
import { checkCancelled, type PdfPageSetup, type PrintPdf } from './progress';

/** How a self-contained HTML page is printed to PDF, and who hears how far it has got. */
export interface PrintHtmlOptions {
  /** The page set-up; the HTML's own @page rule says the same. */
  page: PdfPageSetup;
  /** A running browser to reuse (tests, batch export); otherwise one is started and closed. */
  browser?: Browser;
  /** The host's own Chromium (Electron's printToPDF in a hidden window) instead of Playwright's. */
  printPdf?: PrintPdf;
  signal?: AbortSignal;
  /** Told when the page is being drawn and when it is being printed. */
  onStep?: (step: 'drawing' | 'printing') => void;
}

/**
 * Prints a self-contained HTML page to PDF with Chromium, the one PDF path of every export: with scripts off and
 * every request refused, so nothing in the page (user text included) can reach out; headings become bookmarks.
 */
export async function printHtmlToPdf(html: string, options: PrintHtmlOptions): Promise<Buffer> {
  if (options.printPdf) return options.printPdf(html, options.page);
  return withBrowser(options.browser, async (browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      checkCancelled(options.signal);
      options.onStep?.('drawing');
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
      checkCancelled(options.signal);
      options.onStep?.('printing');
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
    } finally {
      await context.close();
    }
  });
}
