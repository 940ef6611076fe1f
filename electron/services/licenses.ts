// The third-party software Tandem ships, for Help › About: every production dependency, direct or not, with the
// licence its package.json declares. Found by walking node_modules the way Node resolves packages, from the app's
// own package.json, so it lists what is really bundled (in the packaged app, what electron-builder put in app.asar).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

/** One bundled package and the licence it is under. */
export interface ThirdPartyPackage {
  name: string;
  version: string;
  license: string;
}

interface Manifest {
  name?: string;
  version?: string;
  license?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Packages listed at most (a real tree has a few dozen). */
const MAX_PACKAGES = 1000;

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The folder holding Tandem's own package.json, searched upward from each of `starts`. */
export function findAppRoot(starts: readonly string[]): string | null {
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (readManifest(join(dir, 'package.json'))?.name === 'tandem') return dir;
      if (dir === parse(dir).root) break;
    }
  }
  return null;
}

/** Where Node would find package `name` required from `fromDir`: the nearest node_modules up the tree. */
function resolvePackage(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === parse(dir).root) return null;
  }
}

/** Every production dependency of the app at `root`, once each, sorted by name. */
export function thirdPartyPackages(root: string): ThirdPartyPackage[] {
  const seen = new Map<string, ThirdPartyPackage>();
  const visited = new Set<string>();
  const queue: string[] = [root];
  while (queue.length > 0 && seen.size < MAX_PACKAGES) {
    const dir = queue.shift() as string;
    if (visited.has(dir)) continue;
    visited.add(dir);
    const manifest = readManifest(join(dir, 'package.json'));
    if (!manifest) continue;
    if (dir !== root && manifest.name && manifest.version) {
      const license = typeof manifest.license === 'string' ? manifest.license : 'see the package';
      seen.set(`${manifest.name}@${manifest.version}`, { name: manifest.name, version: manifest.version, license });
    }
    const wanted = { ...manifest.optionalDependencies, ...manifest.dependencies };
    for (const name of Object.keys(wanted)) {
      const found = resolvePackage(name, dir);
      if (found) queue.push(found);
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}
