import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI runs from the source tree (electron/cli), so the repository root is two folders up from here.
const here = dirname(fileURLToPath(import.meta.url));

/** The repository (or installed package) root. */
export const REPO_ROOT = resolve(here, '..', '..');

/** Where `npm run build` puts the renderer the browser host serves. */
export const RENDERER_DIR = resolve(REPO_ROOT, 'dist', 'renderer');

/** Where `npm run build` puts the participant page a live workshop serves. */
export const PARTICIPANT_DIR = resolve(REPO_ROOT, 'dist', 'participant');

/** The app version from package.json ("0.0.0" if it cannot be read). */
export function appVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8'));
    if (pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // Fall through: a missing version must not stop the CLI.
  }
  return '0.0.0';
}
