import { ApiFailure } from '../../../shared/api/result';

/** How far an export has got, for a progress bar. */
export interface ExportProgress {
  /** What is happening, in words a user understands. */
  phase: string;
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
