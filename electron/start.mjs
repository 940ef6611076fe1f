#!/usr/bin/env node
// `npm start`: build when needed, then run Tandem in Electron, or, where Electron's binary is missing
// (it cannot be downloaded on every machine), in the browser through the local host of `tandem serve`.
// Arguments are passed on: `npm start -- path/to/map.tandem` opens that map.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
const SOURCES = ['shared', 'renderer', 'electron/main', 'electron/preload', 'electron/services', 'package.json'];

/** Newest modification time under `p`, skipping tests (they are not part of the build). */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

function needsBuild() {
  const outputs = OUTPUTS.map((o) => path.join(root, o));
  if (outputs.some((o) => !existsSync(o))) return true;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  return SOURCES.some((s) => newest(path.join(root, s)) > built);
}

/**
 * Runs a child on our terminal until it ends. The child gets its own process group, so a Ctrl+C reaches it
 * once, forwarded by us, rather than twice (from the terminal and from us): the browser host treats a
 * second signal as "stop now" and would skip closing the map cleanly.
 */
function runToEnd(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', detached: process.platform !== 'win32' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (err) => {
    console.error(`tandem: could not start ${cmd}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (needsBuild()) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) {
    console.error('tandem: the build failed (see above); nothing was started.');
    process.exit(build.status ?? 1);
  }
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((a) => (a.startsWith('-') ? a : path.resolve(userCwd, a)));
const { resolveElectronBinary, nodeAdvice } = await tsImport('./main/electronBinary.ts', import.meta.url);
const electron = resolveElectronBinary(root);

if (electron.path) {
  runToEnd(electron.path, ['.', ...args]);
} else {
  console.log(
    `Electron is not installed on this machine (${electron.reason}); opening Tandem in your browser instead.`,
  );
  const advice = nodeAdvice(process.version);
  if (advice) console.log(advice);
  const file = args.find((a) => !a.startsWith('-'));
  const target = file ? [file] : ['--sample'];
  runToEnd(process.execPath, [path.join(root, 'electron', 'cli', 'tandem.mjs'), 'serve', ...target, '--open']);
}
