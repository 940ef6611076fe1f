// What `npm run dist` would put in the package, checked without the network: electron-builder packs the built app
// into a `dir` target around a stand-in Electron (a file with the fuse wire electron-builder flips), so app.asar,
// its unpacked addon and the fuses are the real output of electron-builder.yml; only Electron's own binary is fake.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const asar = require('@electron/asar') as { listPackage(file: string): string[] };
const builder = require('electron-builder') as {
  build(options: object): Promise<string[]>;
  Platform: { LINUX: { createTarget(target: string): unknown } };
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The eight fuses of wire version 1, in @electron/fuses' order. */
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

const built =
  existsSync(path.join(root, 'dist/electron/main.cjs')) && existsSync(path.join(root, 'dist/renderer/index.html'));

describe.skipIf(!built)('the packaged app (electron-builder, Linux dir target)', () => {
  let work = '';
  let out = '';
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  let files: string[] = [];
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'tandem-pack-'));
    const fakeElectron = path.join(work, 'electron-dist');
    mkdirSync(fakeElectron);
    // A stand-in binary carrying a fuse wire with every fuse unset ('r' would be removed; 0x90 is inherit).
    const wire = Buffer.concat([Buffer.from(`padding${SENTINEL}`), Buffer.from([1, 8]), Buffer.alloc(8, 0x90)]);
    writeFileSync(path.join(fakeElectron, 'electron'), wire, { mode: 0o755 });
    writeFileSync(path.join(fakeElectron, 'version'), '45.4.1');
    out = path.join(work, 'out');
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    await builder.build({
      projectDir: root,
      targets: builder.Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // Offline: the local stand-in instead of a download, and no rebuild of the addon against Electron's headers.
      config: {
        ...config,
        electronDist: fakeElectron,
        electronVersion: '45.4.1',
        npmRebuild: false,
        directories: { output: out },
      },
    });
    files = asar.listPackage(path.join(out, 'linux-unpacked/resources/app.asar'));
  }, 300_000);

  it('holds the built main process, preload and renderer, and package.json', () => {
    for (const f of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
    ])
      expect(files).toContain(f);
  });

  it('holds no sources, tests, source maps, .env files or earlier packages', () => {
    expect(files.filter((f) => /^\/(shared|renderer|electron|test|scripts|docs)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\/(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]s$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\/\.env(\.|$)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/dist/packages'))).toEqual([]);
  });

  it('ships none of its development tools, unless a shipped package needs it too', () => {
    const shipped = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]?.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    // npm marks in the lock file every package reachable only from the development dependencies; a package a
    // shipped one needs too (js-yaml, which the updater reads its feed with) is not marked, and may ship.
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = (name: string) => lock.packages[`node_modules/${name}`]?.dev === true;
    expect(Object.keys(pkg.devDependencies).filter((d) => shipped.has(d) && devOnly(d))).toEqual([]);
  });

  it("unpacks better-sqlite3's addon beside the archive, where the loader can open it, and only the addon", () => {
    const unpacked = path.join(
      out,
      'linux-unpacked/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release',
    );
    expect(existsSync(path.join(unpacked, 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'test_extension.node'))).toBe(false);
  });

  it('flips every fuse in the binary as electron-builder.yml says', () => {
    const binary = readFileSync(path.join(out, 'linux-unpacked/tandem'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    const flipped = Object.fromEntries(FUSES.map((name, i) => [name, binary[at + i] === 0x31]));
    expect(flipped).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
