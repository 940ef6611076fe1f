import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The `tandem` bin, as npm would run it. */
export const CLI_PATH = join(REPO_ROOT, 'electron', 'cli', 'tandem.mjs');

/** What one run of the CLI did. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const made: string[] = [];

/** A fresh temp folder for one test; removeTempDirs() deletes them all. */
export function tempDir(prefix = 'tandem-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Deletes every folder tempDir() made in this test file (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment for a CLI run: TANDEM_HOME points at a temp folder so that no test touches the real data
 * folder (recent list, sample map), and TANDEM_DEBUG is off so stack traces would show up as a failure.
 */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { TANDEM_DEBUG: _debug, ...rest } = process.env;
  return { ...rest, TANDEM_HOME: tempDir('tandem-home-'), ...env };
}

/** Starts `node electron/cli/tandem.mjs ...args` and leaves it running (for `serve`). */
export function spawnCli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): ChildProcess {
  return spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: cliEnv(opts.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `tandem ...args` to the end and collects its exit code and output. */
export function runCli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawnCli(args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Resolves with the first complete line the process writes to stdout (rejects if it exits first or times out). */
export function firstLine(child: ChildProcess, timeoutMs = 20_000): Promise<string> {
  return new Promise((done, fail) => {
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`no output within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      buffer += s;
      const nl = buffer.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        done(buffer.slice(0, nl));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before printing a line; stderr: ${stderr}`));
    });
  });
}

/** Resolves with the exit code once the process has ended. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.on('exit', (code) => done(code)));
}
