// The recent-maps list on real files in temp folders: what the start screen and File › Open Recent show.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { makeCard } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../../test/helpers/tempDir';
import { DocumentStore } from './documentStore';
import { grantedAccess, guardApi } from './fileAccess';
import { mapThumbnail, RecentFiles } from './recentFiles';
import { createSession } from './session';

const tempDir = tempDirPerTest();

/** A map file from a template, in its own folder. */
function mapFile(name: string, title: string) {
  const file = join(tempDir(), name);
  DocumentStore.create(file, createFromTemplate('linked-cx-ex', title)).close();
  return file;
}
const cardsIn = (svg: string | undefined) => (svg?.match(/rx="8"/g) ?? []).length;

describe('the recent maps', () => {
  it('lists the maps opened, newest first, each with its title and a thumbnail of its lanes and cards', async () => {
    const dataDir = tempDir();
    const session = createSession({ host: 'electron', version: 't', dataDir });
    const bank = mapFile('bank.tandem', 'Open an account');
    const shop = mapFile('shop.tandem', 'Retail checkout');
    await session.open(bank);
    await session.open(shop);
    const list = await session.api['recent/list']({});
    expect(list.map((r) => [r.title, r.path, r.missing])).toEqual([
      ['Retail checkout', shop, false],
      ['Open an account', bank, false],
    ]);
    const doc = session.store()?.doc;
    if (!doc) throw new Error('no map open');
    expect(list[0]?.thumbnail).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    // One band per lane, one block per card.
    expect((list[0]?.thumbnail?.match(/<rect x="0"/g) ?? []).length).toBe(doc.lanes.length);
    expect(cardsIn(list[0]?.thumbnail)).toBe(doc.cards.length);
    session.close();
  });

  it('draws the thumbnail afresh when the map is left, so it shows the map as it was last seen', async () => {
    const dataDir = tempDir();
    const session = createSession({ host: 'electron', version: 't', dataDir });
    const bank = mapFile('bank.tandem', 'Open an account');
    const opened = await session.open(bank);
    const before = cardsIn((await session.api['recent/list']({}))[0]?.thumbnail);
    const card = makeCard({ laneId: opened.doc.lanes[0]?.id ?? '', stageId: opened.doc.stages[0]?.id ?? '' });
    await session.api['map/apply']({ command: { type: 'card/add', card }, baseRevision: opened.revision });
    session.close();
    expect(cardsIn(new RecentFiles(dataDir).list()[0]?.thumbnail)).toBe(before + 1);
  });

  it('carries none of the text typed into the map', () => {
    const doc = createFromTemplate('linked-cx-ex', '<script>alert(1)</script>');
    const lane = doc.lanes[0];
    const stage = doc.stages[0];
    if (!lane || !stage) throw new Error('the template has no lanes');
    doc.cards.push(
      makeCard({ laneId: lane.id, stageId: stage.id, title: '"/><image href="x" onerror="y', notes: 'Secret' }),
    );
    const svg = mapThumbnail(doc);
    for (const text of ['script', 'onerror', 'Secret', 'image']) expect(svg).not.toContain(text);
  });

  it('keeps a map that was moved away, marked missing, until the user removes it', async () => {
    const dataDir = tempDir();
    const session = createSession({ host: 'electron', version: 't', dataDir });
    const bank = mapFile('bank.tandem', 'Open an account');
    const shop = mapFile('shop.tandem', 'Retail checkout');
    await session.open(bank);
    await session.open(shop);
    session.close();
    renameSync(bank, `${bank}.moved`);
    // Through the window's guard, as the start screen asks.
    const api = guardApi(createSession({ host: 'electron', version: 't', dataDir }).api, grantedAccess(dataDir));
    const listed = await dispatch(api, 'recent/list', {});
    expect(listed).toMatchObject({
      ok: true,
      data: [
        { path: shop, missing: false },
        { path: bank, title: 'Open an account', missing: true },
      ],
    });
    expect(listed.ok && (listed.data as Array<{ thumbnail?: string }>)[1]?.thumbnail).toBeUndefined();
    expect(readdirSync(join(dataDir, 'recent-thumbnails'))).toHaveLength(2);
    expect(await dispatch(api, 'recent/remove', { path: bank })).toEqual({ ok: true, data: { removed: true } });
    expect(await dispatch(api, 'recent/list', {})).toMatchObject({ ok: true, data: [{ path: shop }] });
    expect(readdirSync(join(dataDir, 'recent-thumbnails'))).toHaveLength(1);
    // Removing from the list never touches a file.
    expect(await dispatch(api, 'recent/remove', { path: shop })).toEqual({ ok: true, data: { removed: true } });
    expect(existsSync(shop)).toBe(true);
  });

  it('refuses to remove a path the window may not name, and changes nothing', async () => {
    const dataDir = tempDir();
    const session = createSession({ host: 'electron', version: 't', dataDir });
    const bank = mapFile('bank.tandem', 'Open an account');
    await session.open(bank);
    const api = guardApi(session.api, grantedAccess(dataDir));
    expect(await dispatch(api, 'recent/remove', { path: '/etc/elsewhere.tandem' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(api, 'recent/remove', { path: 'relative.tandem' })).toMatchObject({ ok: false });
    expect((await session.api['recent/list']({})).map((r) => r.path)).toEqual([bank]);
    session.close();
  });

  it('treats a damaged list as empty, and starts a new one on the next open', async () => {
    const dataDir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dataDir, 'recent.json'), '{ not json');
    expect(new RecentFiles(dataDir).list()).toEqual([]);
    const session = createSession({ host: 'electron', version: 't', dataDir });
    const bank = mapFile('bank.tandem', 'Open an account');
    await session.open(bank);
    expect(new RecentFiles(dataDir).list().map((r) => r.path)).toEqual([bank]);
    session.close();
  });
});
