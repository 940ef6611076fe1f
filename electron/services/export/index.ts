import type { SiteStats } from '../../../shared/metrics/surveySchemas';
import type { MapEvidence } from '../../../shared/api/evidenceSchemas';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { EXPORT_EXTENSION, type ExportRequest } from '../../../shared/render/exportOptions';
import { exportJson } from '../../../shared/render/json';
import type { PrintTrend } from '../../../shared/render/printTrend';
import { renderMapSvg } from '../../../shared/render/svg';
import type { TandemDoc } from '../../../shared/schema/document';
import type { MetricValue } from '../../../shared/schema/metric';
import { notesCsv } from '../../../shared/render/notesCsv';
import { actionsCsv, painPointsCsv } from '../../../shared/render/registerCsv';
import { fileKind, writeFileAtomic } from '../fileSafety';
import { exportHandout, exportTrace, type HandoutEvidence } from './handout';
import { exportPdf } from './pdf';
import { exportPng } from './png';
import type { ExportControl, PrintPdf } from './progress';

/** What an export wrote. */
export interface ExportResult {
  /** Absolute paths of the files written, in order. */
  files: string[];
  /** PDF: map pages before the appendix. */
  mapPages: number | null;
}

/** Extra inputs an export may use: the date to print, computed metric values, a browser to reuse. */
export interface ExportContext extends ExportControl {
  now?: Date;
  metricValues?: readonly MetricValue[];
  browser?: import('playwright-core').Browser;
  /** Prints the export HTML to PDF with the host's Chromium (Electron's printToPDF) instead of Playwright. */
  printPdf?: PrintPdf;
  /** Touchpoint keys with a flagged perception gap and their worst disagreement share: those cards get a gap badge. */
  perceptionGaps?: ReadonlyMap<string, number>;
  /** Survey figures per site: the PDF appendix compares them on a page of its own. */
  sites?: readonly SiteStats[];
  /** The survey figures and comments a team's handout prints. */
  evidence?: HandoutEvidence;
  /** PDF appendix: the survey figures per period, printed as the trend. */
  trend?: PrintTrend;
  /** The map's promises and done actions judged by its answers: the appendix's promises page and the actions CSV. */
  judged?: MapEvidence;
}

/** Writes through a synced temp file and a rename, so a failed, cancelled or killed export never leaves half a file. */
function writeAtomic(path: string, data: string | Buffer): void {
  writeFileAtomic(path, data, { overwrite: true });
}

/** `base.png` → `base-row2-col3.png`. */
function tilePath(path: string, row: number, col: number): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-row${row + 1}-col${col + 1}${ext}`;
}

/** `map.csv` → `map-actions.csv`; the given path receives the pain points. */
export function actionsCsvPath(path: string): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length).replace(/-pain-points$/, '');
  return `${stem}-actions${ext}`;
}

/** `map.csv` → `map-notes.csv`: the notes from the room, beside the pain points and the actions. */
export function notesCsvPath(path: string): string {
  return actionsCsvPath(path).replace(/-actions(\.[^.]*)?$/, '-notes$1');
}

/**
 * Refuses destinations that would destroy something: a map file, a folder, a missing folder, the wrong extension,
 * or an existing path that is not a plain file (a FIFO or a device would hang or swallow the export).
 */
export function checkDestination(path: string, format: ExportRequest['format']): void {
  const ext = extname(path).toLowerCase();
  if (ext === '.tandem')
    throw new ApiFailure(
      'invalid_arguments',
      `Refusing to export over a map file (${basename(path)}); choose a name ending in ${EXPORT_EXTENSION[format]}.`,
    );
  if (ext !== EXPORT_EXTENSION[format])
    throw new ApiFailure(
      'invalid_arguments',
      `A ${format.toUpperCase()} export must be saved as a ${EXPORT_EXTENSION[format]} file, not "${basename(path)}".`,
    );
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory())
    throw new ApiFailure('not_found', `The folder ${dirname(path)} does not exist.`);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new ApiFailure('invalid_arguments', `${path} is a folder.`);
  const kind = fileKind(path);
  if (kind !== 'missing' && kind !== 'file')
    throw new ApiFailure('invalid_arguments', `${path} is ${kind}, not a file an export can replace.`);
}

/** Runs one export of `doc` and writes its file(s). Existing exports with the same name are replaced. */
export async function runExport(doc: TandemDoc, req: ExportRequest, ctx: ExportContext = {}): Promise<ExportResult> {
  const path = req.path;
  checkDestination(path, req.format);
  const render = {
    now: ctx.now,
    metricValues: ctx.metricValues,
    background: req.background,
    perceptionGaps: ctx.perceptionGaps,
    sites: ctx.sites,
    evidence: ctx.judged,
  };
  if (req.handout !== undefined || req.trace !== undefined) {
    const what = req.handout !== undefined ? "A team's handout" : 'A root-cause trace';
    if (req.handout !== undefined && req.trace !== undefined)
      throw new ApiFailure('invalid_arguments', 'Export a handout or a trace, not both at once.');
    if (req.format !== 'pdf' && req.format !== 'png')
      throw new ApiFailure(
        'invalid_arguments',
        `${what} is a PDF or PNG page, not ${req.format.toUpperCase()}; choose PDF or PNG.`,
      );
    const page = {
      format: req.format,
      scale: req.format === 'png' ? req.scale : 1,
      now: ctx.now,
      evidence: ctx.evidence,
      browser: ctx.browser,
      printPdf: ctx.printPdf,
      onProgress: ctx.onProgress,
      signal: ctx.signal,
    } as const;
    const file =
      req.handout !== undefined
        ? await exportHandout(doc, req.handout, page)
        : await exportTrace(doc, req.trace as string, page);
    writeAtomic(path, file);
    return { files: [path], mapPages: null };
  }
  switch (req.format) {
    case 'svg':
      writeAtomic(path, `<?xml version="1.0" encoding="UTF-8"?>\n${renderMapSvg(doc, render)}\n`);
      return { files: [path], mapPages: null };
    case 'json':
      writeAtomic(path, exportJson(doc));
      return { files: [path], mapPages: null };
    case 'csv': {
      const actions = actionsCsvPath(path);
      writeAtomic(path, painPointsCsv(doc));
      writeAtomic(actions, actionsCsv(doc, undefined, ctx.judged?.effects));
      // Older maps and maps without notes keep the two files they always had.
      if (doc.notes.length === 0) return { files: [path, actions], mapPages: null };
      const notes = notesCsvPath(path);
      writeAtomic(notes, notesCsv(doc));
      return { files: [path, actions, notes], mapPages: null };
    }
    case 'pdf': {
      const { pdf, plan } = await exportPdf(doc, {
        ...render,
        background: 'white',
        paper: req.paper,
        orientation: req.orientation,
        fit: req.fit,
        scale: req.scale,
        ...(req.pagesWide === undefined ? {} : { pagesWide: req.pagesWide }),
        marginMm: req.marginMm,
        appendix: req.appendix,
        ...(ctx.trend ? { trend: ctx.trend } : {}),
        author: req.author,
        browser: ctx.browser,
        printPdf: ctx.printPdf,
        onProgress: ctx.onProgress,
        signal: ctx.signal,
      });
      writeAtomic(path, pdf);
      return { files: [path], mapPages: plan.mapPages };
    }
    case 'png': {
      if (![1, 2, 3].includes(req.scale))
        throw new ApiFailure('invalid_arguments', `PNG scale must be 1, 2 or 3, not ${req.scale}.`);
      const { images } = await exportPng(doc, {
        ...render,
        scale: req.scale,
        browser: ctx.browser,
        onProgress: ctx.onProgress,
        signal: ctx.signal,
      });
      const files = images.map((img) => (img.tile ? tilePath(path, img.tile.row, img.tile.col) : path));
      images.forEach((img, i) => {
        writeAtomic(files[i] ?? path, img.png);
      });
      return { files, mapPages: null };
    }
  }
}
