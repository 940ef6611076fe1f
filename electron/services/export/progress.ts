import { ApiFailure } from '../../../shared/api/result';
import type { Orientation, Paper } from '../../../shared/render/tiling';

/** The steps of a long export, which the window words in the UI's language (the command line prints `phase`). */
export type ExportStep = 'layout' | 'compare' | 'chromium' | 'drawing' | 'tile' | 'printing' | 'done';

/** How far an export has got, for a progress bar. */
export interface ExportProgress {
  /** What is happening, in English words (the command line's). */
  phase: string;
  step: ExportStep;
  done: number;
  total: number;
}

/** What every long export accepts: progress reports and cancellation. */
export interface ExportControl {
  onProgress?: (p: ExportProgress) => void;
  signal?: AbortSignal;
}

/** Throws the "cancelled" failure when the user has cancelled. */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApiFailure('conflict', 'The export was cancelled.');
}

/** The page set-up of a PDF, for a host that prints with its own Chromium (Electron's printToPDF). */
export interface PdfPageSetup {
  paper: Paper;
  orientation: Orientation;
  marginMm: number;
}

/** Prints export HTML to PDF with the host's own Chromium; the HTML's @page rule says the same as `page`. */
export type PrintPdf = (html: string, page: PdfPageSetup) => Promise<Buffer>;
