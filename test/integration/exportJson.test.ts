import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportJson } from '../../shared/render/json';
import { createFromTemplate } from '../../shared/templates';
import { DocumentStore } from '../../electron/services/documentStore';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

/** A sample map file with a Cyrillic and a Chinese card, as a user would have it on disk. */
function sampleFile(dir: string): string {
  const file = join(dir, 'sample.tandem');
  const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
  doc.cards[0]!.title = 'Оплата на кассе';
  doc.cards[1]!.title = '在收银台付款';
  DocumentStore.create(file, doc).close();
  return file;
}

describe('tandem import-json', () => {
  it('restores a map identical to the one exported (round trip through files)', async () => {
    const dir = tempDir('tandem-json-');
    const store = DocumentStore.open(sampleFile(dir));
    const original = store.doc;
    store.close();
    writeFileSync(join(dir, 'map.json'), exportJson(original));

    const result = await runCli(['import-json', 'map.json', '--out', 'copy.tandem'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created copy\.tandem from map\.json \(5 stages, 9 lanes, \d+ cards\)\./);
    const copy = DocumentStore.open(join(dir, 'copy.tandem'));
    expect(copy.doc).toEqual(original);
    copy.close();
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = tempDir('tandem-json-');
    const file = sampleFile(dir);
    const before = readFileSync(file);
    writeFileSync(join(dir, 'map.json'), exportJson(createFromTemplate('blank')));
    const result = await runCli(['import-json', 'map.json', '--out', 'sample.tandem'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sample\.tandem already exists/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('explains broken or foreign JSON in one line and creates nothing', async () => {
    const dir = tempDir('tandem-json-');
    writeFileSync(join(dir, 'broken.json'), '{ "format": "tandem-map", ');
    writeFileSync(join(dir, 'other.json'), '{ "format": "drawio", "pages": [] }');
    const broken = await runCli(['import-json', 'broken.json', '--out', 'a.tandem'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^tandem: broken\.json: This is not valid JSON/);
    const other = await runCli(['import-json', 'other.json', '--out', 'b.tandem'], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/not a Tandem map export/);
    expect(existsSync(join(dir, 'a.tandem')) || existsSync(join(dir, 'b.tandem'))).toBe(false);
  });

  it('needs --out naming a .tandem file', async () => {
    const dir = tempDir('tandem-json-');
    expect((await runCli(['import-json', 'map.json'], { cwd: dir })).stderr).toMatch(/needs --out/);
    const wrong = await runCli(['import-json', 'map.json', '--out', 'map.db'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/must name a \.tandem file/);
  });
});
