#!/usr/bin/env node
// `npm test`: lint and format check, type-check, build, then every suite (unit, integration, component,
// end-to-end) in one Vitest run.
// Ends with one line "N passed, N failed, N skipped" that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });

// Biome: any lint finding (error, warning or info) or unformatted file fails the step. `biome ci` prints them and
// fails on errors and warnings; infos do not change its exit code, so they are counted from a JSON run.
// Import sorting (Biome's assist) is not enforced.
const lint = () => {
  const r = run(bin('biome'), ['ci', '--assist-enabled=false', '--error-on-warnings', '.']);
  if (r.status !== 0) return r;
  const json = spawnSync(bin('biome'), ['lint', '--reporter=json', '.'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let infos = 0;
  try {
    infos = JSON.parse(json.stdout).summary.infos;
  } catch {
    console.error('biome lint --reporter=json wrote no readable report');
    return { status: 1 };
  }
  if (infos > 0) console.error(`biome lint: ${infos} info finding(s); see \`npx biome lint .\``);
  return { status: infos > 0 ? 1 : 0 };
};

let failedSteps = 0;
for (const [label, step] of [
  ['lint', lint],
  ['type-check', () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])],
  ['build', () => run('npm', ['run', '--silent', 'build'])],
]) {
  console.log(`\n== ${label}`);
  const r = step();
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status})`);
    failedSteps += 1;
  }
}

console.log('\n== tests');
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const report = path.join(root, 'test-results', 'vitest.json');
const extra = process.argv.slice(2);
const r = run(bin('vitest'), [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = failedSteps;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A suite that fails to load has no tests counted; count it as a failure so it is never silent.
  for (const file of json.testResults ?? [])
    if (file.status === 'failed' && file.assertionResults.length === 0) failed += 1;
} catch {
  console.error('no test report was written');
  failed += 1;
}
if (r.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
