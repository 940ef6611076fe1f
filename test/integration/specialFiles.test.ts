// `tandem check` and `tandem import-json` given a FIFO, a device or a folder: each says what it is and exits 1,
// where they used to wait forever. A run that hangs is killed and fails the test instead of stalling the suite.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, removeTempDirs, spawnCli, tempDir, type CliResult } from '../helpers/cli';

afterAll(removeTempDirs);

/** Runs the CLI, killing it after `limitMs`; `hung` says whether it had to be killed. */
async function runWithin(args: string[], limitMs: number): Promise<CliResult & { hung: boolean }> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, limitMs);
  const code = await exited(child);
  clearTimeout(timer);
  return { code, stdout, stderr, hung };
}

describe('special files given to the CLI', () => {
  it('refuses a FIFO, /dev/zero, /dev/urandom and a folder by name, and never hangs', {
    timeout: 180_000,
  }, async () => {
    const dir = tempDir('tandem-special-');
    const fifo = join(dir, 'map.json');
    execFileSync('mkfifo', [fifo]);
    const out = join(dir, 'out.tandem');
    const cases: { args: string[]; says: RegExp }[] = [
      { args: ['check', fifo], says: /map\.json: is a named pipe \(FIFO\), not a map file/ },
      { args: ['check', '/dev/zero'], says: /\/dev\/zero: is a device, not a map file/ },
      { args: ['check', '/dev/urandom'], says: /\/dev\/urandom: is a device, not a map file/ },
      { args: ['check', dir], says: /is a folder, not a map file/ },
      { args: ['import-json', fifo, '--out', out], says: /map\.json is a named pipe \(FIFO\), not a JSON file/ },
      { args: ['import-json', '/dev/zero', '--out', out], says: /\/dev\/zero is a device, not a JSON file/ },
      { args: ['import-json', '/dev/urandom', '--out', out], says: /\/dev\/urandom is a device, not a JSON file/ },
      { args: ['import-json', dir, '--out', out], says: /is a folder, not a JSON file/ },
    ];
    // Run side by side: the limit is for a hang, far above the CLI's start-up time on a loaded machine.
    const results = await Promise.all(cases.map((c) => runWithin(c.args, 60_000)));
    results.forEach((r, i) => {
      const c = cases[i]!;
      expect(r.hung, `${c.args.join(' ')} hung`).toBe(false);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(c.says);
    });
  });
});
