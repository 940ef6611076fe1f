import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
  fileAssociations?: Array<{ ext?: string; name?: string; role?: string }>;
  linux?: { target?: unknown[] };
  mac?: { target?: unknown[] };
  win?: { target?: unknown[] };
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
