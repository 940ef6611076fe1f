import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { templateNameSchema } from '../../shared/api/contract';
import { removeTempDirs, runCli, tempDir, type CliResult } from '../helpers/cli';

afterAll(removeTempDirs);

// A readable failure: something on stderr, the `tandem` process exits 1, and no Node stack frame anywhere.
function expectReadableFailure(result: CliResult, mentions: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(mentions);
  expect(result.stderr + result.stdout).not.toMatch(/^\s+at .+:\d+/m);
  expect(result.stderr).not.toMatch(/Error:|SqliteError|TypeError/);
}

/** A valid map made by the CLI itself, in a fresh temp dir. */
async function newMap(template = 'sample'): Promise<{ dir: string; file: string }> {
  const dir = tempDir('tandem-cli-');
  const file = join(dir, 'map.tandem');
  const made = await runCli(['new', file, '--template', template]);
  expect(made.code, made.stderr).toBe(0);
  return { dir, file };
}

describe('tandem new and check', () => {
  it.each(templateNameSchema.options)(
    'creates a map from the %s template that then passes the check',
    async (template) => {
      const dir = tempDir('tandem-cli-');
      const made = await runCli(['new', 'made.tandem', '--template', template, '--title', 'Open an account'], {
        cwd: dir,
      });
      expect(made).toMatchObject({ code: 0, stderr: '' });
      expect(made.stdout.trim()).toBe(`Created made.tandem from the ${template} template.`);

      const checked = await runCli(['check', 'made.tandem'], { cwd: dir });
      expect(checked.stderr).toBe('');
      expect(checked.code).toBe(0);
      expect(checked.stdout.trim()).toMatch(/^made\.tandem: OK \(\d+ stages?, \d+ lanes?, \d+ cards?\)$/);
    },
  );

  it('uses the blank template when none is named', async () => {
    const dir = tempDir('tandem-cli-');
    const made = await runCli(['new', 'plain.tandem'], { cwd: dir });
    expect(made.stdout.trim()).toBe('Created plain.tandem from the blank template.');
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const { file } = await newMap('sample');
    const before = readFileSync(file);
    const again = await runCli(['new', file, '--template', 'blank']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an unknown template with a usage error', async () => {
    const dir = tempDir('tandem-cli-');
    const result = await runCli(['new', 'x.tandem', '--template', 'kanban'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown template "kanban"/);
  });
});

describe('tandem check on files that are not good maps', () => {
  it('reports a truncated copy of a map as damaged', async () => {
    const { dir, file } = await newMap('sample');
    const bytes = readFileSync(file);
    const cut = join(dir, 'cut.tandem');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectReadableFailure(await runCli(['check', cut]), /cut\.tandem/);
  });

  it('reports a file of random bytes as not a map', async () => {
    const dir = tempDir('tandem-cli-');
    const file = join(dir, 'noise.tandem');
    writeFileSync(file, randomBytes(16_384));
    expectReadableFailure(await runCli(['check', file]), /noise\.tandem.*not a Tandem map/);
  });

  it('reports a SQLite database of some other program as not a map', async () => {
    const dir = tempDir('tandem-cli-');
    const file = join(dir, 'notes.db');
    const db = new Database(file);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    db.close();
    expectReadableFailure(await runCli(['check', file]), /notes\.db.*not a Tandem map/);
  });

  it('reports a map saved by a newer version of Tandem', async () => {
    const { file } = await newMap('blank');
    const db = new Database(file);
    db.pragma('user_version = 9999');
    db.close();
    expectReadableFailure(await runCli(['check', file]), /newer version/);
  });

  it('reports a missing file', async () => {
    const dir = tempDir('tandem-cli-');
    expectReadableFailure(await runCli(['check', 'nowhere.tandem'], { cwd: dir }), /nowhere\.tandem: no such file/);
  });

  it('reports a folder given in place of a file', async () => {
    const dir = tempDir('tandem-cli-');
    expectReadableFailure(await runCli(['check', dir]), /is a folder/);
  });
});

describe('tandem usage', () => {
  it('lists every command and its options with --help, help, or no arguments', async () => {
    for (const args of [['--help'], ['help'], []]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      for (const word of ['new', 'serve', 'check', '--template', '--title', '--port', '--open', '--sample']) {
        expect(result.stdout).toContain(word);
      }
    }
  });

  it('shows the help of one command', async () => {
    const result = await runCli(['help', 'serve']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tandem serve/);
  });

  it('exits 2 with a usage error for an unknown command', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for an unknown option, a missing FILE, or a bad port', async () => {
    for (const args of [['check', 'x.tandem', '--fast'], ['check'], ['serve', 'x.tandem', '--port', 'eighty']]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^tandem: /);
    }
  });
});
