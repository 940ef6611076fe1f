import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The map a command line asks to open: the last argument ending in `.tandem` (flags and Electron's own
 * arguments, such as the app folder `.`, are skipped), resolved against `cwd`. Null when there is none or
 * the file does not exist (a stale shortcut then starts the app normally instead of failing).
 */
export function mapFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    if (path.extname(arg).toLowerCase() !== '.tandem') continue;
    const full = path.resolve(cwd, arg);
    return existsSync(full) ? full : null;
  }
  return null;
}
