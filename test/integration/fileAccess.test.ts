// Which paths a window may name (docs/reliability.md, "Files"): the browser host over real HTTP, and Electron's
// granted-paths registry on a real session. Every refusal must change nothing on disk.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { createFromTemplate } from '../../shared/templates';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { grantedAccess, guardApi } from '../../electron/services/fileAccess';
import { createSession } from '../../electron/services/session';
import { removeTempDirs, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

const CSV = readFileSync(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url), 'utf8');

/** A folder the window was never given: a map, a survey and a settings file of some other program. */
function elsewhere(): { dir: string; map: string; csv: string; settings: string } {
  const dir = tempDir('tandem-elsewhere-');
  const map = join(dir, 'other.tandem');
  DocumentStore.create(map, createFromTemplate('blank', 'Other')).close();
  const csv = join(dir, 'answers.csv');
  writeFileSync(csv, CSV);
  const settings = join(dir, 'settings.json');
  writeFileSync(settings, '{"theme":"dark"}');
  return { dir, map, csv, settings };
}

describe('the browser host: only the served map’s folder and the data folder', () => {
  let dir: string;
  let host: BrowserHost;
  let other: ReturnType<typeof elsewhere>;

  const call = (name: string, args: unknown): Promise<ApiResult<unknown>> =>
    new Promise((done, fail) => {
      const body = JSON.stringify(args);
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/${encodeURIComponent(name)}`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Tandem-Token': host.token },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (s: string) => (text += s));
          res.on('end', () => done(JSON.parse(text) as ApiResult<unknown>));
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  const refused = async (name: string, args: unknown, code = 'forbidden') =>
    expect(await call(name, args)).toMatchObject({ ok: false, error: { code } });

  beforeEach(async () => {
    dir = tempDir('tandem-served-');
    const file = join(dir, 'checkout.tandem');
    DocumentStore.create(file, createFromTemplate('sample')).close();
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    other = elsewhere();
    host = await startBrowserHost({ file, dataDir: join(dir, 'data'), rendererDir, version: '0.0.0-test' });
  });
  afterEach(async () => {
    await host.close();
  });

  it('refuses to preview /etc/passwd, /proc/self/environ and any file outside its folders', async () => {
    for (const path of ['/etc/passwd', '/proc/self/environ', other.csv, '/dev/zero'])
      await refused('survey/preview', { path });
  });

  it('refuses ".." segments, relative paths, and symlinks that lead out of its folders', async () => {
    await refused('survey/preview', { path: `${dir}/../${basename(other.dir)}/answers.csv` });
    await refused('survey/preview', { path: `${dir}/data/../checkout.tandem` });
    await refused('survey/preview', { path: 'answers.csv' });
    symlinkSync('/etc/passwd', join(dir, 'passwd.csv'));
    await refused('survey/preview', { path: join(dir, 'passwd.csv') });
    symlinkSync(other.dir, join(dir, 'shortcut'));
    await refused('survey/preview', { path: join(dir, 'shortcut', 'answers.csv') });
    await refused('map/open', { path: join(dir, 'shortcut', 'other.tandem') });
    await refused('export/run', { format: 'json', path: join(dir, 'shortcut', 'settings.json') });
    expect(readFileSync(other.settings, 'utf8')).toBe('{"theme":"dark"}');
  });

  it('refuses a FIFO inside its folder by name, within a second', async () => {
    const fifo = join(dir, 'answers.csv');
    execFileSync('mkfifo', [fifo]);
    const start = performance.now();
    const r = await call('survey/preview', { path: fifo });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/FIFO/) } });
    await refused('survey/import', { path: fifo }, 'invalid');
  });

  it('reads and writes inside the map’s folder and the data folder', async () => {
    writeFileSync(join(dir, 'answers.csv'), CSV);
    expect(await call('survey/preview', { path: join(dir, 'answers.csv') })).toMatchObject({
      ok: true,
      data: { header: expect.arrayContaining(['interaction_id']) },
    });
    expect(await call('export/run', { format: 'json', path: join(dir, 'map.json') })).toMatchObject({ ok: true });
    mkdirSync(join(dir, 'data', 'exports'), { recursive: true });
    expect(await call('export/run', { format: 'svg', path: join(dir, 'data', 'exports', 'map.svg') })).toMatchObject({
      ok: true,
    });
    expect(await call('map/saveAs', { path: join(dir, 'copy.tandem') })).toMatchObject({ ok: true });
    expect(await call('map/new', { path: join(dir, 'new.tandem'), template: 'blank' })).toMatchObject({ ok: true });
  });

  it('refuses to export over a file elsewhere, and leaves it as it was', async () => {
    await refused('export/run', { format: 'json', path: other.settings });
    expect(readFileSync(other.settings, 'utf8')).toBe('{"theme":"dark"}');
    await refused('export/run', { format: 'svg', path: join(other.dir, 'new.svg') });
    expect(existsSync(join(other.dir, 'new.svg'))).toBe(false);
  });

  it('refuses to open, create or save a map elsewhere', async () => {
    await refused('map/open', { path: other.map });
    await refused('map/new', { path: join(other.dir, 'new.tandem'), template: 'blank' });
    await refused('map/saveAs', { path: join(other.dir, 'copy.tandem') });
    expect(existsSync(join(other.dir, 'new.tandem'))).toBe(false);
    expect(existsSync(join(other.dir, 'copy.tandem'))).toBe(false);
    // The served map is still the open one.
    expect(await call('map/current', {})).toMatchObject({ ok: true, data: { path: join(dir, 'checkout.tandem') } });
  });

  it('still imports a survey by upload, from wherever the user picked it', async () => {
    await refused('survey/import', { path: other.csv });
    expect(await call('survey/importContent', { fileName: 'answers.csv', content: CSV })).toMatchObject({ ok: true });
  });

  it('lists only the recent maps it may open', async () => {
    writeFileSync(
      join(dir, 'data', 'recent.json'),
      JSON.stringify([
        { path: other.map, title: 'Other', openedAt: '2026-01-01T00:00:00.000Z' },
        { path: join(dir, 'checkout.tandem'), title: 'Sample', openedAt: '2026-01-01T00:00:00.000Z' },
      ]),
    );
    const r = await call('recent/list', {});
    expect(r.ok && (r.data as { path: string }[]).map((e) => e.path)).toEqual([join(dir, 'checkout.tandem')]);
  });
});

describe('Electron: only paths the user chose', () => {
  /** A real session behind the guard, with native dialogs that answer the queued paths. */
  function desktop() {
    const dataDir = tempDir('tandem-data-');
    const answers: (string | null)[] = [];
    const session = createSession({
      host: 'electron',
      version: '0.0.0-test',
      dataDir,
      dialogs: { open: async () => answers.shift() ?? null, save: async () => answers.shift() ?? null },
    });
    const api = guardApi(session.api, grantedAccess(dataDir));
    const call = (name: string, args: unknown) => dispatch(api, name, args);
    return { dataDir, answers, session, call };
  }

  it('opens a map only after the Open dialog returned it', async () => {
    const { answers, session, call } = desktop();
    const other = elsewhere();
    expect(await call('map/open', { path: other.map })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.store()).toBeNull();
    answers.push(other.map);
    expect(await call('dialog/open', {})).toEqual({ ok: true, data: { path: other.map } });
    expect(await call('map/open', { path: other.map })).toMatchObject({ ok: true, data: { path: other.map } });
    session.close();
  });

  it('grants a path for the use its dialog was for, and never through ".."', async () => {
    const { answers, session, call } = desktop();
    const other = elsewhere();
    await session.open(other.map);
    answers.push(other.csv);
    await call('dialog/open', { filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(await call('survey/preview', { path: other.csv })).toMatchObject({ ok: true });
    // Chosen to read, not to write over.
    expect(await call('export/run', { format: 'csv', path: other.csv })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(readFileSync(other.csv, 'utf8')).toBe(CSV);
    expect(await call('survey/preview', { path: `${other.dir}/x/../answers.csv` })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    session.close();
  });

  it('exports only where the Export dialog pointed, and never over an unrelated file', async () => {
    const { answers, session, call } = desktop();
    const other = elsewhere();
    await session.open(other.map);
    expect(await call('export/run', { format: 'json', path: other.settings })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(readFileSync(other.settings, 'utf8')).toBe('{"theme":"dark"}');
    const chosen = join(other.dir, 'board.json');
    answers.push(chosen);
    await call('dialog/save', { suggestedName: 'board.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
    expect(await call('export/run', { format: 'json', path: chosen })).toMatchObject({
      ok: true,
      data: { files: [chosen] },
    });
    session.close();
  });

  it('creates and saves maps where the Save dialog pointed, or in the data folder', async () => {
    const { dataDir, answers, session, call } = desktop();
    const other = elsewhere();
    const made = join(other.dir, 'bank.tandem');
    expect(await call('map/new', { path: made, template: 'blank' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(existsSync(made)).toBe(false);
    answers.push(made);
    await call('dialog/save', { suggestedName: 'bank' });
    expect(await call('map/new', { path: made, template: 'blank' })).toMatchObject({ ok: true });
    expect(await call('map/saveAs', { path: join(other.dir, 'copy.tandem') })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('map/saveAs', { path: join(dataDir, 'copy.tandem') })).toMatchObject({ ok: true });
    session.close();
  });

  it('opens a map from the recent list without a dialog', async () => {
    const { session, call } = desktop();
    const other = elsewhere();
    await session.open(other.map); // as the OS or the File menu does: the session puts it on the recent list
    session.close();
    expect(await call('map/open', { path: other.map })).toMatchObject({ ok: true });
    session.close();
  });
});
