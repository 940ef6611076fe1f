import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { createSession } from '../../electron/services/session';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

function newSession(dataDir: string) {
  return createSession({ host: 'browser', version: '0.1.0', dataDir });
}

describe("the user's settings", () => {
  it('remember the UI language for the next start, outside any map', async () => {
    const dataDir = tempDir();
    const first = newSession(dataDir);
    expect(await dispatch(first.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: null, checkForUpdates: false },
    });
    expect(await dispatch(first.api, 'settings/set', { uiLanguage: 'pl' })).toEqual({
      ok: true,
      data: { uiLanguage: 'pl', checkForUpdates: false },
    });
    first.close();
    const next = newSession(dataDir);
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'pl', checkForUpdates: false },
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      uiLanguage: 'pl',
      checkForUpdates: false,
    });
    next.close();
  });

  it('refuse a language Tandem does not speak, with the reason, and keep the choice before', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await dispatch(session.api, 'settings/set', { uiLanguage: 'uk' });
    const refused = await dispatch(session.api, 'settings/set', { uiLanguage: 'de' });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('the language must be en, ru, uk, pl or zh');
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'uk', checkForUpdates: false },
    });
    session.close();
  });

  it.each([
    ['damaged', '{"uiLanguage": "pl"'],
    ['foreign', '{"uiLanguage": "klingon"}'],
    ['huge', `{"pad": "${'x'.repeat(100_000)}", "uiLanguage": "pl"}`],
  ])('read as the defaults from a %s settings file, which the next choice replaces', async (_kind, text) => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), text);
    const session = newSession(dataDir);
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: null, checkForUpdates: false },
    });
    await dispatch(session.api, 'settings/set', { uiLanguage: 'zh' });
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'zh', checkForUpdates: false },
    });
    session.close();
  });

  it('keep the automatic update check off until the user turns it on, and change one setting without the other', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await dispatch(session.api, 'settings/set', { uiLanguage: 'ru' });
    expect(await dispatch(session.api, 'settings/set', { checkForUpdates: true })).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', checkForUpdates: true },
    });
    const refused = await dispatch(session.api, 'settings/set', { checkForUpdates: 'yes' as unknown as boolean });
    expect(refused.ok).toBe(false);
    session.close();
    const next = newSession(dataDir);
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', checkForUpdates: true },
    });
    next.close();
  });
});
