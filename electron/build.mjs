#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild. It only bundles: it never needs the
// Electron binary, so it runs on machines where Electron cannot be downloaded.
import { mkdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  // CommonJS, named .cjs: the root package.json says "type": "module", and a sandboxed preload must be CJS.
  format: 'cjs',
  // Electron 45 ships Node 22 and Chromium 140.
  target: ['node22', 'chrome140'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
};

mkdirSync(outdir, { recursive: true });
const [main] = await Promise.all([
  // Packages stay require()s from node_modules, which electron-builder ships: better-sqlite3 loads a native
  // .node file that must stay on disk, and playwright-core reads its own package files at run time.
  build({
    ...common,
    platform: 'node',
    packages: 'external',
    external: ['electron'],
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outdir, 'main.cjs'),
  }),
  // The sandboxed preload can require only `electron` (and a few web-safe modules), so everything else is
  // bundled in; building for the browser platform makes a stray Node import fail here, not at launch.
  // Minified: it is parsed on every window load; the source map keeps stack traces readable.
  build({
    ...common,
    platform: 'browser',
    minify: true,
    external: ['electron'],
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
  }),
]);

// A package the main process requires but package.json lists only under devDependencies would be missing
// from the packaged app and crash it at launch: refuse to build that.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const shipped = new Set([...Object.keys(pkg.dependencies ?? {}), 'electron', ...builtinModules]);
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const missing = new Set();
for (const input of Object.values(main.metafile.inputs)) {
  for (const imp of input.imports) {
    // Relative imports esbuild dropped (type-only) are reported as external too; they are our own files.
    if (!imp.external || imp.path.startsWith('node:') || imp.path.startsWith('.')) continue;
    if (!shipped.has(packageName(imp.path))) missing.add(packageName(imp.path));
  }
}
if (missing.size > 0) {
  console.error(
    `electron/build.mjs: the main process imports ${[...missing].join(', ')}, which package.json does not list under dependencies.`,
  );
  process.exit(1);
}
console.log(
  `built ${path.relative(root, path.join(outdir, 'main.cjs'))} and ${path.relative(root, path.join(outdir, 'preload.cjs'))}`,
);
