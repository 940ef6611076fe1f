// The supported Node versions, told once: package.json's `engines`, the start script's advice, the README, and
// what every installed dependency asks for itself (npm warns, EBADENGINE, when our range leaves theirs).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ELECTRON_INSTALL_NODE, nodeAdvice, SUPPORTED_NODE } from './electronBinary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
// npm's own version-range library, which decides its engine warnings; it ships no types of its own here.
const semver = require('semver') as {
  subset(sub: string, dom: string): boolean;
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('the Node versions Tandem supports', () => {
  it('are the same in package.json and the start script', () => {
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
  });

  it("start at the Node Electron's own installer needs", () => {
    const installer = JSON.parse(readFileSync(path.join(root, 'node_modules/@electron/get/package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(semver.minVersion(installer.engines.node)?.version).toBe(`${ELECTRON_INSTALL_NODE.join('.')}.0`);
    expect(semver.minVersion(SUPPORTED_NODE)?.version).toBe(`${ELECTRON_INSTALL_NODE.join('.')}.0`);
  });

  it('lie inside what every installed dependency asks for, so npm install on them warns of none', () => {
    const outside: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      // Only what npm installs here is checked: optional packages for other platforms are never unpacked.
      if (!where || !wanted || !existsSync(path.join(root, where))) continue;
      if (!semver.subset(SUPPORTED_NODE, wanted)) outside.push(`${where} wants node ${wanted}`);
    }
    expect(outside).toEqual([]);
  });

  it('are what the README says, with what works on an older Node', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('Node 22.12+ (or 24, 25, 26)');
    expect(readme).toMatch(/\| 22\.12 or later 22\.x, 24, 25, 26 +\| everything/);
    expect(readme).toMatch(/\| 23 +\| not supported/);
    expect(readme).toMatch(/\| 20\.19 – 22\.11 +\| not supported/);
    for (const supported of ['22.12.0', '22.20.1', '24.3.0', '26.0.0'])
      expect(semver.satisfies(supported, SUPPORTED_NODE), supported).toBe(true);
    for (const unsupported of ['20.19.0', '22.11.0', '23.4.0', '27.0.0'])
      expect(semver.satisfies(unsupported, SUPPORTED_NODE), unsupported).toBe(false);
  });

  it('make npm start say why there is no window on a Node too old for Electron, and nothing on a new one', () => {
    expect(nodeAdvice('v20.20.2')).toBe(
      "Electron's installer needs Node 22.12 or newer and this is Node 20.20.2; with Node 22.12+ (or 24–26) and npm install, npm start opens the desktop window.",
    );
    expect(nodeAdvice('v22.11.0')).toMatch(/this is Node 22\.11\.0/);
    expect(nodeAdvice('v22.12.0')).toBeNull();
    expect(nodeAdvice('v24.1.0')).toBeNull();
  });
});
