// The licences Help › About lists, found in real node_modules trees: this repository's and small ones made here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../test/helpers/tempDir';
import { findAppRoot, thirdPartyPackages } from './licenses';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = tempDirPerTest();

/** Writes node_modules/<path>/package.json under `dir`. */
function pkg(dir: string, at: string, manifest: object): void {
  mkdirSync(join(dir, at), { recursive: true });
  writeFileSync(join(dir, at, 'package.json'), JSON.stringify(manifest));
}

describe('the third-party software Tandem ships', () => {
  it("lists Tandem's production dependencies and theirs, each with its licence, and none of the dev tools", () => {
    const list = thirdPartyPackages(root);
    const names = list.map((p) => p.name);
    for (const name of ['react', 'react-dom', 'zod', 'better-sqlite3', '@xyflow/react', 'zustand', 'i18next'])
      expect(names, name).toContain(name);
    expect(list.find((p) => p.name === 'react')?.license).toBe('MIT');
    // Transitive: better-sqlite3 needs bindings.
    expect(names).toContain('bindings');
    for (const dev of ['vitest', 'electron', 'electron-builder', 'typescript', '@biomejs/biome'])
      expect(names, dev).not.toContain(dev);
    expect(new Set(list.map((p) => `${p.name}@${p.version}`)).size).toBe(list.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('lists two versions of one package when both are installed, and a package without a licence field as such', () => {
    const dir = tempDir();
    pkg(dir, '.', { name: 'tandem', dependencies: { a: '1', b: '1' } });
    pkg(dir, 'node_modules/a', { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { c: '1' } });
    pkg(dir, 'node_modules/b', { name: 'b', version: '1.0.0', license: 'ISC', dependencies: { c: '2' } });
    pkg(dir, 'node_modules/c', { name: 'c', version: '1.0.0', license: 'Apache-2.0' });
    pkg(dir, 'node_modules/b/node_modules/c', { name: 'c', version: '2.0.0' });
    expect(thirdPartyPackages(dir)).toEqual([
      { name: 'a', version: '1.0.0', license: 'MIT' },
      { name: 'b', version: '1.0.0', license: 'ISC' },
      { name: 'c', version: '1.0.0', license: 'Apache-2.0' },
      { name: 'c', version: '2.0.0', license: 'see the package' },
    ]);
  });

  it("finds Tandem's own folder from inside it, and nothing from elsewhere", () => {
    expect(findAppRoot([join(root, 'node_modules', 'vitest')])).toBe(root.replace(/\/$/, ''));
    expect(findAppRoot([tempDir()])).toBeNull();
  });
});
