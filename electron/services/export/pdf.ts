import type { Browser } from 'playwright-core';
import { localeOf } from '../../../shared/render/model';
import { renderPrintHtml, type PrintOptions, type PrintPlan } from '../../../shared/render/print';
import type { TandemDoc } from '../../../shared/schema/document';
import { setPdfInfo } from './pdfInfo';
import { printHtmlToPdf } from './printHtml';
import { checkCancelled, type ExportControl, type ExportStep, type PrintPdf } from './progress';

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
  const report = (phase: string, done: number, step: ExportStep) =>
    options.onProgress?.({ phase, step, done, total: 4 });
  report('Laying out pages', 0, 'layout');
  const { html, plan } = renderPrintHtml(doc, { ...options, now });
  checkCancelled(options.signal);
  report('Starting Chromium', 1, 'chromium');
  const pdf = await printHtmlToPdf(html, {
    page: { paper: options.paper, orientation: options.orientation, marginMm: options.marginMm ?? 10 },
    browser: options.browser,
    printPdf: options.printPdf,
    signal: options.signal,
    onStep: (step) =>
      step === 'drawing' ? report('Drawing the map', 2, 'drawing') : report('Printing to PDF', 3, 'printing'),
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
  report('Done', 4, 'done');
  return { pdf: setPdfInfo(pdf, info), plan };
}
