import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../../test/helpers/tempDir';
import { DocumentStore } from '../services/documentStore';
import { createSession } from '../services/session';
import { type MapWindow, MapWindows, mapKey, oneWriterPerMap } from './mapWindows';
import { EMPTY_MENU_MODEL } from './menu';

const tempDir = tempDirPerTest();

/** A window as the registry sees it: a page and whether it is gone. */
function fakeWindow() {
  return {
    webContents: {},
    destroyed: false,
    isDestroyed(): boolean {
      return this.destroyed;
    },
  };
}
type FakeWindow = ReturnType<typeof fakeWindow>;

/** A real map file and a window whose session has it open. */
async function windowOn(windows: MapWindows<FakeWindow>, file: string, forward: Array<MapWindow<FakeWindow>>) {
  DocumentStore.create(file, createFromTemplate('blank', path.basename(file))).close();
  const session = createSession({ host: 'electron', version: 't', dataDir: tempDir() });
  await session.open(file);
  const entry: MapWindow<FakeWindow> = { win: fakeWindow(), session, api: session.api, menu: EMPTY_MENU_MODEL };
  entry.api = oneWriterPerMap(
    session.api,
    () => entry,
    windows,
    (e) => forward.push(e),
  );
  windows.add(entry);
  return entry;
}

describe('mapKey', () => {
  it('names one file the same whatever path leads to it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bank.tandem');
    DocumentStore.create(file, createFromTemplate('blank')).close();
    symlinkSync(file, path.join(dir, 'link.tandem'));
    expect(mapKey(path.join(dir, 'sub', '..', 'bank.tandem'), 'linux')).toBe(mapKey(file, 'linux'));
    expect(mapKey(path.join(dir, 'link.tandem'), 'linux')).toBe(mapKey(file, 'linux'));
  });

  it('ignores case on macOS and Windows, whose file systems do, and keeps it on Linux', () => {
    expect(mapKey('/maps/Bank.tandem', 'darwin')).toBe(mapKey('/maps/bank.tandem', 'darwin'));
    expect(mapKey('/maps/Bank.tandem', 'win32')).toBe(mapKey('/maps/bank.tandem', 'win32'));
    expect(mapKey('/maps/Bank.tandem', 'linux')).not.toBe(mapKey('/maps/bank.tandem', 'linux'));
  });
});

describe('one window per map', () => {
  it('finds the window that has a map open, and forgets it once closed', async () => {
    const windows = new MapWindows<FakeWindow>('linux');
    const dir = tempDir();
    const bank = await windowOn(windows, path.join(dir, 'bank.tandem'), []);
    const shop = await windowOn(windows, path.join(dir, 'shop.tandem'), []);
    expect(windows.byPath(path.join(dir, 'bank.tandem'))).toBe(bank);
    expect(windows.byContents(shop.win.webContents)).toBe(shop);
    expect(windows.current()).toBe(shop);
    windows.focused(bank);
    expect(windows.current()).toBe(bank);
    windows.remove(bank);
    bank.session.close();
    expect(windows.byPath(path.join(dir, 'bank.tandem'))).toBeUndefined();
    expect(windows.current()).toBe(shop);
    shop.session.close();
  });

  it('brings forward the window that has a map instead of opening it a second time elsewhere', async () => {
    const windows = new MapWindows<FakeWindow>('linux');
    const dir = tempDir();
    const forward: Array<MapWindow<FakeWindow>> = [];
    const bank = await windowOn(windows, path.join(dir, 'bank.tandem'), forward);
    const shop = await windowOn(windows, path.join(dir, 'shop.tandem'), forward);
    const answer = await dispatch(shop.api, 'map/open', { path: path.join(dir, 'bank.tandem') });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: '"bank.tandem" is already open in another Tandem window, which has been brought to the front.',
      },
    });
    expect(forward).toEqual([bank]);
    expect(shop.session.store()?.path).toBe(path.join(dir, 'shop.tandem'));
    // Its own map may be opened again in the same window.
    expect(await dispatch(shop.api, 'map/open', { path: path.join(dir, 'shop.tandem') })).toMatchObject({ ok: true });
    bank.session.close();
    shop.session.close();
  });

  it('refuses to save a copy over a map another window is writing, and leaves that map as it was', async () => {
    const windows = new MapWindows<FakeWindow>('linux');
    const dir = tempDir();
    const bank = await windowOn(windows, path.join(dir, 'bank.tandem'), []);
    const shop = await windowOn(windows, path.join(dir, 'shop.tandem'), []);
    expect(await dispatch(shop.api, 'map/saveAs', { path: path.join(dir, 'bank.tandem') })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/open in another Tandem window/) },
    });
    expect(bank.session.store()?.doc.meta.title).toBe('bank.tandem');
    bank.session.close();
    shop.session.close();
  });
});
