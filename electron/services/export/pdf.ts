import type { Browser } from 'playwright-core';
import { localeOf } from '../../../shared/render/model';
import { renderPrintHtml, type PrintOptions, type PrintPlan } from '../../../shared/render/print';
import type { TandemDoc } from '../../../shared/schema/document';
import { withBrowser } from './chromium';
import { setPdfInfo } from './pdfInfo';
import { checkCancelled, type ExportControl, type PrintPdf } from './progress';

/** PDF options: the print layout plus document metadata. */
export interface PdfOptions extends PrintOptions, ExportControl {
  /** Written into the PDF's Author field (default: none). */
  author?: string;
  /** A running browser to reuse (tests, batch export); otherwise one is started and closed. */
  browser?: Browser;
  /**
   * Prints the HTML with the host's own Chromium instead (Electron: load it in a hidden window and call
   * webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true })).
   */
  printPdf?: PrintPdf;
}

/**
 * Prints a map to PDF with Chromium: map pages as inline SVG (text stays selectable, searchable text), headings
 * as bookmarks, then the optional appendix; title, author and creation date set in the document information.
 */
export async function exportPdf(doc: TandemDoc, options: PdfOptions): Promise<{ pdf: Buffer; plan: PrintPlan }> {
  const now = options.now ?? new Date();
  const report = (phase: string, done: number) => options.onProgress?.({ phase, done, total: 4 });
  report('Laying out pages', 0);
  const { html, plan } = renderPrintHtml(doc, { ...options, now });
  checkCancelled(options.signal);
  report('Starting Chromium', 1);
  const pdf = options.printPdf
    ? await options.printPdf(html, {
        paper: options.paper,
        orientation: options.orientation,
        marginMm: options.marginMm ?? 10,
      })
    : await withBrowser(options.browser, async (browser) => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        try {
          const page = await context.newPage();
          // Nothing in the page may reach out: the HTML is self-contained and every other request is refused.
          await page.route('**/*', (route) => route.abort());
          checkCancelled(options.signal);
          report('Drawing the map', 2);
          await page.setContent(html, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
          checkCancelled(options.signal);
          report('Printing to PDF', 3);
          return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
        } finally {
          await context.close();
        }
      });
  checkCancelled(options.signal);
  const info: Record<string, string | Date> = {
    Title: doc.meta.title || localeOf(doc).say('map.untitled'),
    Creator: 'Tandem',
    CreationDate: now,
    ModDate: now,
  };
  if (options.author) info.Author = options.author;
  if (doc.meta.description) info.Subject = doc.meta.description.slice(0, 500);
  report('Done', 4);
  return { pdf: setPdfInfo(pdf, info), plan };
}
