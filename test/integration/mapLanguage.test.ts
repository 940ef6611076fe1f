import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

function newSession() {
  return createSession({ host: 'browser', version: '0.1.0', dataDir: tempDir(), emit: () => {} });
}

describe('a new map in a chosen language, through the API', () => {
  it('makes a Polish service blueprint that records Polish, on disk as on screen', async () => {
    const session = newSession();
    const path = join(tempDir(), 'warszawa.tandem');
    const created = await dispatch(session.api, 'map/new', { path, template: 'service-blueprint', language: 'pl' });
    expect(created).toMatchObject({ ok: true, data: { doc: { meta: { title: 'Schemat usługi', language: 'pl' } } } });
    session.close();

    const store = DocumentStore.openCopy(path);
    expect(store.doc.meta.language).toBe('pl');
    expect(store.doc.lanes.map((l) => l.title)).toEqual([
      'Dowody fizyczne / punkty styku',
      'Działania klienta',
      'Działania na scenie',
      'Działania za kulisami',
      'Procesy wspierające',
    ]);
    store.close();
  });

  it('makes an English map when no language is named', async () => {
    const session = newSession();
    const created = await dispatch(session.api, 'map/new', { path: join(tempDir(), 'a.tandem'), template: 'blank' });
    expect(created).toMatchObject({ ok: true, data: { doc: { meta: { title: 'Untitled map', language: 'en' } } } });
    session.close();
  });

  it('refuses a language Tandem does not speak, naming the five, and writes no file', async () => {
    const session = newSession();
    const path = join(tempDir(), 'berlin.tandem');
    const refused = await dispatch(session.api, 'map/new', { path, template: 'sample', language: 'de' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', message: expect.stringMatching(/en, ru, uk, pl or zh, not "de"/) },
    });
    expect(existsSync(path)).toBe(false);
    expect(session.store()).toBeNull();
    session.close();
  });

  it('lists the templates in the language asked for, English by default', async () => {
    const session = newSession();
    const titles = async (args: object) => {
      const r = await dispatch(session.api, 'templates/list', args);
      if (!r.ok) throw new Error(r.error.message);
      return (r.data as { name: string; title: string }[]).map((t) => t.title);
    };
    expect(await titles({})).toEqual([
      'Blank map',
      'Service blueprint',
      'Linked CX–EX map',
      'Employee journey',
      'Sample: retail checkout',
    ]);
    expect(await titles({ language: 'zh' })).toEqual([
      '空白地图',
      '服务蓝图',
      'CX–EX 联动旅程图',
      '员工旅程',
      '示例：家电门店结账',
    ]);
    expect(await dispatch(session.api, 'templates/list', { language: 'xx' })).toMatchObject({ ok: false });
    session.close();
  });
});
