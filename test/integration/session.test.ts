import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { createSession } from '../../electron/services/session';
import { makeCard } from '../../shared/factories';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

function newSession(events: [string, unknown][] = [], dataDir = tempDir()) {
  return createSession({
    host: 'browser',
    version: '0.1.0',
    dataDir,
    emit: (name, payload) => events.push([name, payload]),
  });
}

describe('the API session', () => {
  it('creates a map from a template, applies commands in revision order and tells listeners', async () => {
    const events: [string, unknown][] = [];
    const session = newSession(events);
    const path = join(tempDir(), 'bank.tandem');
    const created = await dispatch(session.api, 'map/new', {
      path,
      template: 'linked-cx-ex',
      title: 'Open an account',
    });
    expect(created).toMatchObject({
      ok: true,
      data: { path, revision: 0, doc: { meta: { title: 'Open an account' } } },
    });
    const doc = session.store()!.doc;
    const card = makeCard({ laneId: doc.lanes[2]!.id, stageId: doc.stages[0]!.id, title: 'Fills in the form' });
    expect(await dispatch(session.api, 'map/apply', { command: { type: 'card/add', card }, baseRevision: 0 })).toEqual({
      ok: true,
      data: { revision: 1 },
    });
    expect(events.map(([name]) => name)).toEqual(['map/opened', 'map/applied', 'map/changed']);
    const current = await session.api['map/current']({});
    expect(current.doc.cards.map((c) => c.title)).toEqual(['Fills in the form']);
    session.close();
  });

  it('refuses a command based on an old revision with a stale error, and changes nothing', async () => {
    const session = newSession();
    await session.api['map/new']({ path: join(tempDir(), 'a.tandem'), template: 'blank' });
    const result = await dispatch(session.api, 'map/apply', {
      command: { type: 'map/update', patch: { title: 'X' } },
      baseRevision: 5,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(session.store()!.doc.meta.title).toBe('Untitled map');
    session.close();
  });

  it('answers invalid arguments and invalid commands with typed errors, never a throw', async () => {
    const session = newSession();
    await session.api['map/new']({ path: join(tempDir(), 'a.tandem'), template: 'blank' });
    expect(await dispatch(session.api, 'map/apply', { command: { type: 'card/fly' }, baseRevision: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(
      await dispatch(session.api, 'map/apply', { command: { type: 'card/delete', id: 'ghost' }, baseRevision: 0 }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', message: 'card "ghost" does not exist' } });
    expect(await dispatch(session.api, 'map/open', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(await dispatch(session.api, 'no/such/call', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(
      await dispatch(session.api, 'map/new', { path: join(tempDir(), 'notes.txt'), template: 'blank' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/must end in \.tandem/) } });
    session.close();
  });

  it('Save As continues editing in the copy and lists both files as recent', async () => {
    const dataDir = tempDir();
    const session = newSession([], dataDir);
    const first = join(tempDir(), 'first.tandem');
    const copy = join(tempDir(), 'copy.tandem');
    await session.api['map/new']({ path: first, template: 'sample' });
    expect(await dispatch(session.api, 'map/saveAs', { path: copy })).toEqual({ ok: true, data: { path: copy } });
    await session.api['map/apply']({ command: { type: 'map/update', patch: { title: 'Copy only' } }, baseRevision: 0 });
    session.close();
    const reopened = newSession([], dataDir);
    expect((await reopened.api['recent/list']({})).map((r) => r.path)).toEqual([copy, first]);
    expect((await reopened.open(first)).doc.meta.title).toBe('Retail checkout — new POS rollout');
    expect((await reopened.open(copy)).doc.meta.title).toBe('Copy only');
    reopened.close();
  });

  it('says file dialogs are desktop-only in the browser host', async () => {
    const session = newSession();
    expect(await dispatch(session.api, 'dialog/open', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
