import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/api/result';
import { useTempDir } from '../../test/helpers/tempDir';
import {
  assertRegularFile,
  createAtomically,
  openRegularFile,
  readRegularFile,
  tempPathFor,
  writeFileAtomic,
} from './fileSafety';
import { previewSurvey } from './surveyPreview';

const tempDir = useTempDir();

function fifoIn(dir: string): string {
  const path = join(dir, 'answers.csv');
  execFileSync('mkfifo', [path]);
  return path;
}

/** The failure `fn` throws, and how long it took to throw it. */
function refusal(fn: () => unknown): { code: string; message: string; ms: number } {
  const start = performance.now();
  try {
    fn();
  } catch (err) {
    if (!(err instanceof ApiFailure)) throw err;
    return { code: err.code, message: err.message, ms: performance.now() - start };
  }
  throw new Error('it was not refused');
}

describe('special files are refused before anything reads them', () => {
  it.each([
    ['a FIFO', (dir: string) => fifoIn(dir), /named pipe \(FIFO\)/],
    ['/dev/zero', () => '/dev/zero', /a device/],
    ['/dev/urandom', () => '/dev/urandom', /a device/],
    ['a folder', (dir: string) => dir, /a folder/],
  ])('refuses %s at once, by name, for every reader', (_what, make, says) => {
    const path = make(tempDir());
    for (const read of [
      () => assertRegularFile(path, 'survey file'),
      () => openRegularFile(path, 'survey file'),
      () => readRegularFile(path, 'JSON file'),
      () => previewSurvey(path),
    ]) {
      const r = refusal(read);
      expect(r.code).toBe('invalid');
      expect(r.message).toMatch(says);
      expect(r.ms).toBeLessThan(1000);
    }
  });

  it('says a missing file does not exist', () => {
    expect(refusal(() => openRegularFile(join(tempDir(), 'gone.csv')))).toMatchObject({ code: 'not_found' });
  });

  it('reads a regular file, and a symlink to one, as it is', () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"ok":true}');
    execFileSync('ln', ['-s', file, join(dir, 'link.json')]);
    expect(readRegularFile(join(dir, 'link.json')).toString()).toBe('{"ok":true}');
  });
});

describe('atomic creation', () => {
  it('creates the file complete and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'map.svg');
    writeFileAtomic(path, '<svg/>');
    expect(readFileSync(path, 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir)).toEqual(['map.svg']);
  });

  it('never replaces an existing file unless asked to, and then replaces it whole', () => {
    const dir = tempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, 'mine');
    expect(refusal(() => writeFileAtomic(path, 'theirs'))).toMatchObject({ code: 'conflict' });
    expect(readFileSync(path, 'utf8')).toBe('mine');
    writeFileAtomic(path, 'new', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('leaves nothing at all when building the file fails', async () => {
    const dir = tempDir();
    const path = join(dir, 'map.tandem');
    await expect(
      createAtomically(path, (temp) => {
        writeFileSync(temp, 'half a ma');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('clears the temporary files of a killed earlier write, but not those of a running one', () => {
    const dir = tempDir();
    const path = join(dir, 'map.tandem');
    // A process id that cannot be running: above the kernel's limit.
    const dead = join(dir, `.map.tandem.tandem-tmp-4194999-abc`);
    writeFileSync(dead, 'half');
    writeFileSync(`${dead}-wal`, 'half');
    const mine = tempPathFor(path);
    writeFileSync(mine, 'in progress');
    writeFileAtomic(path, 'whole');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${dead}-wal`)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('whole');
  });

  it('writes into the target folder, so the rename never crosses file systems', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(tempPathFor(join(dir, 'sub', 'x.pdf')).startsWith(join(dir, 'sub', '.x.pdf'))).toBe(true);
  });
});
