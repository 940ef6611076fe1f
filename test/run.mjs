#!/usr/bin/env node
// `npm test`: type-check, build, then every suite (unit, integration, component, end-to-end) in one Vitest run.
// Ends with one line "N passed, N failed, N skipped" that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });

let failedSteps = 0;
for (const [label, cmd, args] of [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['build', 'npm', ['run', '--silent', 'build']],
]) {
  console.log(`\n== ${label}`);
  const r = run(cmd, args);
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
