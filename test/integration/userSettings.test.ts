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
      data: { uiLanguage: null, theme: 'system', checkForUpdates: false },
    });
    expect(await dispatch(first.api, 'settings/set', { uiLanguage: 'pl' })).toEqual({
      ok: true,
      data: { uiLanguage: 'pl', theme: 'system', checkForUpdates: false },
    });
    first.close();
    const next = newSession(dataDir);
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'pl', theme: 'system', checkForUpdates: false },
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      uiLanguage: 'pl',
      theme: 'system',
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
      data: { uiLanguage: 'uk', theme: 'system', checkForUpdates: false },
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
      data: { uiLanguage: null, theme: 'system', checkForUpdates: false },
    });
    await dispatch(session.api, 'settings/set', { uiLanguage: 'zh' });
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'zh', theme: 'system', checkForUpdates: false },
    });
    session.close();
  });

  it('remember the theme beside the language, each change leaving the other as it was', async () => {
    const dataDir = tempDir();
    const first = newSession(dataDir);
    await dispatch(first.api, 'settings/set', { uiLanguage: 'ru' });
    expect(await dispatch(first.api, 'settings/set', { theme: 'dark' })).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', theme: 'dark', checkForUpdates: false },
    });
    first.close();
    const next = newSession(dataDir);
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', theme: 'dark', checkForUpdates: false },
    });
    await dispatch(next.api, 'settings/set', { uiLanguage: 'pl' });
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'pl', theme: 'dark', checkForUpdates: false },
    });
    next.close();
  });

  it('refuse a theme Tandem does not have and keep the one before', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await dispatch(session.api, 'settings/set', { theme: 'contrast' });
    const refused = await dispatch(session.api, 'settings/set', { theme: 'sepia' });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('the theme must be system, light, dark or contrast, not \\"sepia\\"');
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: null, theme: 'contrast', checkForUpdates: false },
    });
    session.close();
  });

  it('keep the language when the file holds a theme from a newer Tandem, and read that theme as the system one', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), '{"uiLanguage": "uk", "theme": "solarized"}');
    const session = newSession(dataDir);
    expect(await dispatch(session.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'uk', theme: 'system', checkForUpdates: false },
    });
    session.close();
  });

  it('keep the automatic update check off until the user turns it on, and change one setting without the other', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await dispatch(session.api, 'settings/set', { uiLanguage: 'ru' });
    expect(await dispatch(session.api, 'settings/set', { checkForUpdates: true })).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', theme: 'system', checkForUpdates: true },
    });
    const refused = await dispatch(session.api, 'settings/set', { checkForUpdates: 'yes' as unknown as boolean });
    expect(refused.ok).toBe(false);
    session.close();
    const next = newSession(dataDir);
    expect(await dispatch(next.api, 'settings/get', {})).toEqual({
      ok: true,
      data: { uiLanguage: 'ru', theme: 'system', checkForUpdates: true },
    });
    next.close();
  });
});
