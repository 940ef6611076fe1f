// "What changed in this workshop" (issue 12): the comparison of two versions of a map, or of a version with the
// current map, as a one-page PDF summary for a CX lead's report or as a CSV of every added, removed and changed object.
import { ApiFailure } from '../../shared/api/result';
import { compareDocs } from '../../shared/history/compare';
import { renderComparisonHtml, PAGE, type ComparisonFit } from '../../shared/render/comparison';
import { comparisonCsv } from '../../shared/render/comparisonText';
import { label } from '../../shared/vocabulary';
import type { VersionInfo } from '../../shared/schema/version';
import type { DocumentStore } from './documentStore';
import { writeFileAtomic } from './fileSafety';
import { checkDestination } from './export/index';
import { setPdfInfo } from './export/pdfInfo';
import { printHtmlToPdf } from './export/printHtml';
import { checkCancelled, type ExportControl, type ExportStep, type PrintPdf } from './export/progress';

/** Which comparison to write, in which format, where. */
export interface ComparisonExportRequest {
  /** The older version, by id or name. */
  from: string;
  /** The newer version, by id or name; null for the current map. */
  to: string | null;
  format: 'pdf' | 'csv';
  path: string;
}

/** How the PDF is printed and who hears of its progress; the clock the page is stamped with. */
export interface ComparisonExportContext extends ExportControl {
  printPdf?: PrintPdf;
  browser?: import('playwright-core').Browser;
  now?: Date;
}

/** A version in the words of the page: its name in quotes, or why it was kept, and when. */
export function sideLabel(v: VersionInfo): string {
  const name = v.name === null ? label(`versionReason.${v.reason}`) : `“${v.name}”`;
  return `${name} — kept ${v.createdAt.replace('T', ' ').slice(0, 16)} UTC (revision ${v.revision})`;
}

/**
 * Writes the comparison of `req.from` with `req.to` (or the current map) to `req.path`. The destination is checked
 * before anything is compared or printed, and the file appears whole or not at all.
 */
export async function exportComparison(
  store: DocumentStore,
  req: ComparisonExportRequest,
  ctx: ComparisonExportContext = {},
): Promise<{ files: string[]; fit: ComparisonFit | null }> {
  checkDestination(req.path, req.format);
  const report = (phase: string, done: number, step: ExportStep) => ctx.onProgress?.({ phase, step, done, total: 4 });
  report('Comparing the versions', 0, 'compare');
  const from = store.versions.find(req.from);
  const to = req.to === null ? null : store.versions.find(req.to);
  const comparison = compareDocs(store.versions.read(from.id), to === null ? store.doc : store.versions.read(to.id));
  if (req.format === 'csv') {
    writeFileAtomic(req.path, comparisonCsv(comparison), { overwrite: true });
    report('Done', 4, 'done');
    return { files: [req.path], fit: null };
  }
  const now = ctx.now ?? new Date();
  const mapTitle = store.doc.meta.title;
  const { html, fit } = renderComparisonHtml({
    mapTitle,
    from: sideLabel(from),
    to: to === null ? `the current map (revision ${store.revision})` : sideLabel(to),
    comparison,
    now,
  });
  checkCancelled(ctx.signal);
  report('Starting Chromium', 1, 'chromium');
  const pdf = await printHtmlToPdf(html, {
    page: { paper: 'A4', orientation: 'portrait', marginMm: PAGE.marginMm },
    browser: ctx.browser,
    printPdf: ctx.printPdf,
    signal: ctx.signal,
    onStep: (step) =>
      step === 'drawing' ? report('Drawing the page', 2, 'drawing') : report('Printing to PDF', 3, 'printing'),
  });
  checkCancelled(ctx.signal);
  if (pdf.length === 0) throw new ApiFailure('io', 'Chromium printed an empty PDF; nothing was written.');
  const info = {
    Title: `What changed — ${mapTitle || 'Untitled map'}`,
    Creator: 'Tandem',
    CreationDate: now,
    ModDate: now,
  };
  writeFileAtomic(req.path, setPdfInfo(pdf, info), { overwrite: true });
  report('Done', 4, 'done');
  return { files: [req.path], fit };
}
