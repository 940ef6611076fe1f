import path from 'node:path';
import { assertRegularFile } from '../services/fileSafety';

/**
 * The map a command line asks to open: the last argument ending in `.tandem` (flags and Electron's own
 * arguments, such as the app folder `.`, are skipped), resolved against `cwd`. Null when there is none or
 * the file does not exist or is not a regular file (a stale shortcut then starts the app normally instead of failing,
 * and a FIFO or a device named `x.tandem` is never opened). The path returned is granted to the window for opening.
 */
export function mapFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    if (path.extname(arg).toLowerCase() !== '.tandem') continue;
    const full = path.resolve(cwd, arg);
    try {
      assertRegularFile(full, 'Tandem map');
      return full;
    } catch {
      return null;
    }
  }
  return null;
}
