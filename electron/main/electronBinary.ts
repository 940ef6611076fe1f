import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Node versions Tandem supports, as package.json's `engines` states them (a test holds the two, the README and
 * every dependency's own `engines` together): 22.12 or newer in the 22 line, where Electron's installer and
 * i18next run, and 24 to 26, which the SQLite addon is built for. (23 was never a long-term line and parts of the
 * toolchain skip it.)
 */
export const SUPPORTED_NODE = '^22.12.0 || ^24.0.0 || ^25.0.0 || ^26.0.0';

/** The oldest Node on which `npm install` can install Electron's binary (its installer's own requirement). */
export const ELECTRON_INSTALL_NODE = [22, 12] as const;

/**
 * What `npm start` adds when the desktop window cannot open: on a Node too old for Electron's installer, that this
 * is why (so the user knows to upgrade Node rather than fight the network). Null on a Node that is new enough.
 */
export function nodeAdvice(nodeVersion: string): string | null {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = ELECTRON_INSTALL_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return `Electron's installer needs Node ${needMajor}.${needMinor} or newer and this is Node ${nodeVersion.replace(/^v/, '')}; with Node 22.12+ (or 24–26) and npm install, npm start opens the desktop window.`;
}

/** Where the Electron executable is, or why there is none. */
export type ElectronBinary = { path: string } | { path: null; reason: string };

// Asking the `electron` package itself keeps its rules (path.txt, ELECTRON_OVERRIDE_DIST_PATH, a first-use
// download where the network allows). It runs in a child so its download noise and stack trace stay out
// of our output; the path is the last line the child prints.
const PROBE = "const p = require('electron'); process.stdout.write('\\n' + JSON.stringify(p));";

/**
 * Resolves the Electron binary the way `require('electron')` does, from `root` (the repository). Never
 * throws: a missing binary (the package throws "Electron failed to install correctly") becomes a reason.
 */
export function resolveElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const probe = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Room for the package's first-use download on a networked machine.
    timeout: 300_000,
  });
  if (probe.error) return { path: null, reason: `could not ask the electron package (${probe.error.message})` };
  if (probe.status !== 0) {
    const text = `${probe.stderr}`;
    if (/Cannot find module 'electron'/.test(text))
      return { path: null, reason: 'the electron package is not installed' };
    if (/failed to install correctly/i.test(text)) return { path: null, reason: 'its binary could not be downloaded' };
    const last = text.trim().split('\n').pop() ?? '';
    return { path: null, reason: last || `the electron package exited with ${probe.status}` };
  }
  const lines = `${probe.stdout}`.trim().split('\n');
  let found: unknown;
  try {
    found = JSON.parse(lines[lines.length - 1] ?? '');
  } catch {
    return { path: null, reason: 'the electron package gave no path' };
  }
  if (typeof found !== 'string' || !existsSync(found)) {
    return { path: null, reason: `the electron package points at ${String(found)}, which does not exist` };
  }
  return { path: found };
}
