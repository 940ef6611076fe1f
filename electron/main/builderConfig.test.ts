import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { icnsElements, icoImages, pngSize } from './testing/iconFiles';

// js-yaml and ajv are the libraries electron-builder itself reads and validates this very file with (the same
// versions, listed as our own dev dependencies); js-yaml ships no types, so both are given the one signature used.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
const Ajv = require('ajv') as new (options: object) => { compile(schema: unknown): Validate };
const root = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: string[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  fileAssociations?: Array<{ ext?: string; name?: string; role?: string; icon?: string }>;
  linux?: { target?: unknown[]; icon?: string };
  mac?: { target?: unknown[]; icon?: string };
  win?: { target?: unknown[]; icon?: string };
  nsis?: { installerIcon?: string; uninstallerIcon?: string };
  dmg?: { icon?: string };
  electronFuses?: Record<string, boolean>;
}

// electron-builder turns `electronFuses` into @electron/fuses' wire settings in one method of its packager; the
// test calls that very method, and reads the fuse names from the @electron/fuses that electron-builder loads.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
type FuseWire = Record<string, unknown>;
const { PlatformPackager } = builderRequire('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseWire> } };
};
const { FuseV1Options } = builderRequire('@electron/fuses') as { FuseV1Options: Record<string, string | number> };

/** The fuses electron-builder will flip, by @electron/fuses' own names: { RunAsNode: false, … }. */
async function fusesFlipped(fuses: unknown): Promise<Record<string, unknown>> {
  const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, fuses);
  const named: Record<string, unknown> = {};
  for (const [index, value] of Object.entries(wire)) {
    const name = FuseV1Options[index];
    if (typeof name === 'string') named[name] = value;
  }
  return named;
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own configuration schema", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as unknown;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`) ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.tandem.editor');
    expect(config.productName).toBe('Tandem');
  });

  it('associates .tandem files with Tandem as their editor', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'tandem', name: 'Tandem map', role: 'Editor' }),
    );
  });

  it("packs into asar but unpacks better-sqlite3's native addon, which must be loaded from disk", () => {
    expect(config.asar).toBe(true);
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    const patterns = config.asarUnpack ?? [];
    expect(patterns.some((p) => p.includes('better-sqlite3') && p.endsWith('*.node'))).toBe(true);
  });

  it('rebuilds native modules for Electron instead of shipping the Node build', () => {
    expect(config.npmRebuild).not.toBe(false);
  });

  it('ships the bundles package.json points at, and never a previous package', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main.startsWith('dist/')).toBe(true);
    const output = config.directories?.output ?? '';
    expect(output.startsWith('dist/')).toBe(true);
    expect(config.files).toContain(`!${output}{,/**}`);
  });

  it('has targets for Linux, macOS and Windows', () => {
    expect(config.linux?.target?.length).toBeGreaterThan(0);
    expect(config.mac?.target?.length).toBeGreaterThan(0);
    expect(config.win?.target?.length).toBeGreaterThan(0);
  });

  it('flips the fuses that shut Node, the inspector and foreign app code out of the packaged binary', async () => {
    expect(await fusesFlipped(config.electronFuses)).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
      LoadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('leaves no fuse the installed Electron tooling knows to its default', async () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(await fusesFlipped(config.electronFuses)).sort()).toEqual(known.sort());
  });
});

/** The asset at a path the configuration names, relative to the project. */
const asset = (relative: string | undefined): Buffer => {
  expect(relative, 'an icon path in electron-builder.yml').toBeTruthy();
  return readFileSync(path.join(root, relative ?? ''));
};
/** macOS' PNG-carrying ICNS types and the pixel size each must hold. */
const ICNS_PIXELS: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

/** Checks an .ico holds a PNG of each size Windows picks from, each as large as its directory says. */
function expectWindowsIcon(ico: Buffer): void {
  const images = icoImages(ico);
  expect(images.map((i) => i.stated)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.stated, height: image.stated });
}

/** Checks an .icns holds every size from 16 to 1024 (Retina included), each PNG as large as its type says. */
function expectMacIcon(icns: Buffer): void {
  const elements = icnsElements(icns);
  expect(elements.map((e) => e.type).sort()).toEqual(Object.keys(ICNS_PIXELS).sort());
  for (const { type, data } of elements) {
    const side = ICNS_PIXELS[type];
    expect(pngSize(data), type).toEqual({ width: side, height: side });
  }
}

describe('the icons electron-builder.yml names', () => {
  it('gives the Linux packages a PNG for every size from 16 to 1024, each as large as its name says', () => {
    const folder = path.join(root, config.linux?.icon ?? 'missing');
    const files = readdirSync(folder).filter((f) => f.endsWith('.png'));
    expect(files.map((f) => Number(f.split('x')[0])).sort((a, b) => a - b)).toEqual([
      16, 24, 32, 48, 64, 128, 256, 512, 1024,
    ]);
    for (const file of files) {
      const side = Number(file.split('x')[0]);
      expect(file).toBe(`${side}x${side}.png`);
      expect(pngSize(readFileSync(path.join(folder, file))), file).toEqual({ width: side, height: side });
    }
  });

  it('gives Windows and its installer an .ico with the sizes Explorer and the taskbar use', () => {
    expect(config.win?.icon).toBe(config.nsis?.installerIcon);
    expect(config.nsis?.uninstallerIcon).toBe(config.win?.icon);
    expectWindowsIcon(asset(config.win?.icon));
  });

  it('gives macOS and the disk image an .icns with every size up to 1024, Retina included', () => {
    expect(config.dmg?.icon).toBe(config.mac?.icon);
    expectMacIcon(asset(config.mac?.icon));
  });

  it('gives .tandem files their own document icon on Windows and macOS', () => {
    const icon = config.fileAssociations?.find((a) => a.ext === 'tandem')?.icon ?? '';
    // electron-builder adds .ico or .icns to an icon path given without an extension.
    expect(path.extname(icon)).toBe('');
    expectWindowsIcon(asset(`${icon}.ico`));
    expectMacIcon(asset(`${icon}.icns`));
    expect(asset(`${icon}.ico`).equals(asset(config.win?.icon))).toBe(false);
  });

  it('renders every icon from an SVG source kept beside it', () => {
    for (const source of ['assets/icon.svg', 'assets/document.svg'])
      expect(asset(source).toString('utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    // The largest Linux PNG and the Windows icon's largest image come from the same render.
    const ico256 = icoImages(asset(config.win?.icon)).find((i) => i.stated === 256)?.png;
    expect(ico256?.equals(asset(`${config.linux?.icon}/256x256.png`))).toBe(true);
  });
});
