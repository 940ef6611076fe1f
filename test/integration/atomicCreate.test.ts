// A kill loop: `tandem import-json` of a sizeable map and `tandem new`, each SIGKILLed at a random moment while it
// writes. Whatever moment the kill lands on, the target either does not exist or passes the check `tandem check`
// runs, and running the command again then works and leaves no temporary file behind.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importJsonCommand } from '../../electron/cli/commands/importJson';
import { newCommand } from '../../electron/cli/commands/new';
import { checkFile } from '../../electron/services/fileCheck';
import { exportJson } from '../../shared/render/json';
import { generateMap } from '../fixtures/generateMap';
import { exited, removeTempDirs, spawnCli, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

const RUNS = 40;
const NEW_RUNS = 8;
const PARALLEL = 4;

interface Run {
  dir: string;
  out: string;
  args: string[];
  kind: 'import-json' | 'new';
}

/** Our temp files for `out`: `.<name>.tandem-tmp-…` (and SQLite's sidecars of it). */
const tempsIn = (dir: string, out: string): string[] =>
  readdirSync(dir).filter((n) => n.startsWith(`.${out.split('/').pop()}.tandem-tmp-`));

/**
 * Starts the run, waits until its temp file appears (the write has begun), then kills it `delayMs` later (or lets
 * it finish first). Resolves with whether the kill landed while the target was still missing: mid-write.
 */
async function killDuringWrite(run: Run, delayMs: number): Promise<{ midWrite: boolean; writeMs: number }> {
  const child: ChildProcess = spawnCli(run.args);
  child.stdout?.resume();
  child.stderr?.resume();
  let started = 0;
  let midWrite = false;
  let kill: NodeJS.Timeout | undefined;
  const poll = setInterval(() => {
    if (started === 0 && (tempsIn(run.dir, run.out).length > 0 || existsSync(run.out))) {
      started = performance.now();
      clearInterval(poll);
      kill = setTimeout(() => {
        midWrite = !existsSync(run.out) && child.exitCode === null;
        child.kill('SIGKILL');
      }, delayMs);
    }
  }, 1);
  await exited(child);
  clearInterval(poll);
  // A run that finished before its kill (the calibration waits 600 s) leaves no timer behind.
  clearTimeout(kill);
  return { midWrite, writeMs: started === 0 ? 0 : performance.now() - started };
}

const io = { out: () => undefined, err: () => undefined };

describe('creating a map survives a kill at any moment', () => {
  it('leaves no map or a whole one, and a re-run succeeds', { timeout: 900_000 }, async () => {
    const source = join(tempDir('tandem-kill-src-'), 'big.json');
    writeFileSync(source, exportJson(generateMap(3000)));
    const runs: Run[] = Array.from({ length: RUNS }, (_, i) => {
      const dir = tempDir('tandem-kill-');
      const out = join(dir, 'copy.tandem');
      const kind = i < NEW_RUNS ? 'new' : 'import-json';
      const args = kind === 'new' ? ['new', out, '--template', 'sample'] : ['import-json', source, '--out', out];
      return { dir, out, args, kind };
    });

    // How long a write takes here and now: one run of each kind left to finish (killed only after it exited).
    const calibrate = async (kind: Run['kind']) => {
      const dir = tempDir('tandem-kill-');
      const out = join(dir, 'copy.tandem');
      const args = kind === 'new' ? ['new', out, '--template', 'sample'] : ['import-json', source, '--out', out];
      const { writeMs } = await killDuringWrite({ dir, out, args, kind }, 600_000);
      expect(checkFile(out).ok).toBe(true);
      return Math.max(writeMs, 5);
    };
    const writeMs = { new: await calibrate('new'), 'import-json': await calibrate('import-json') };

    let midWrite = 0;
    for (let i = 0; i < runs.length; i += PARALLEL) {
      const batch = runs.slice(i, i + PARALLEL);
      const results = await Promise.all(batch.map((r) => killDuringWrite(r, Math.random() * writeMs[r.kind] * 1.2)));
      midWrite += results.filter((r) => r.midWrite).length;
    }

    for (const run of runs) {
      if (existsSync(run.out)) {
        expect(checkFile(run.out), run.out).toMatchObject({ ok: true });
        continue;
      }
      // Nothing there: the same command, run again (in this process, through the same code), creates it whole.
      const cmd = run.kind === 'new' ? newCommand : importJsonCommand;
      const positionals = run.kind === 'new' ? [run.out] : [source];
      const values = run.kind === 'new' ? { template: 'sample' } : { out: run.out };
      expect(await cmd.run({ positionals, values, io, cwd: run.dir })).toBe(0);
      expect(checkFile(run.out), run.out).toMatchObject({ ok: true });
      // The killed run's temp file is gone: the re-run cleared it, and its own was renamed into place.
      expect(tempsIn(run.dir, run.out)).toEqual([]);
    }
    // The loop must have hit the window it is about: a good share of the kills landed mid-write.
    expect(midWrite).toBeGreaterThanOrEqual(RUNS / 4);
  });
});
