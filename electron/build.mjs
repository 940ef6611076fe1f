#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild. It only bundles: it never needs the
// Electron binary, so it runs on machines where Electron cannot be downloaded.
import { mkdirSync } from 'node:fs';
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
  // electron is provided by the runtime; better-sqlite3 loads a native .node file that must stay on disk.
  external: ['electron', 'better-sqlite3'],
};

mkdirSync(outdir, { recursive: true });
await Promise.all([
  build({ ...common, platform: 'node', entryPoints: ['electron/main/index.ts'], outfile: path.join(outdir, 'main.cjs') }),
  // The sandboxed preload can require only `electron` (and a few web-safe modules): building it for the
  // browser platform makes a stray Node import fail here instead of at launch.
  build({ ...common, platform: 'browser', entryPoints: ['electron/preload/index.ts'], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(`built ${path.relative(root, path.join(outdir, 'main.cjs'))} and ${path.relative(root, path.join(outdir, 'preload.cjs'))}`);
