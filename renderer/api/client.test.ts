import { describe, expect, it } from 'vitest';
import { clientFrom } from './client';
import { postCall } from './browserTransport';
import { sampleOpened } from '../../test/helpers/renderEditor';

const noEvents = () => () => undefined;

describe('api client', () => {
  it('passes a well-formed result through', async () => {
    const opened = sampleOpened();
    const client = clientFrom(async () => ({ ok: true, data: opened }), noEvents);
    const r = await client['map/current']({});
    expect(r.ok && r.data.doc.meta.title).toBe('Retail checkout — new POS rollout');
  });

  it('turns a result that does not fit the contract into a clear error', async () => {
    const client = clientFrom(async () => ({ ok: true, data: { revision: 'seven' } }), noEvents);
    const r = await client['map/apply']({ command: { type: 'card/delete', id: 'x' }, baseRevision: 0 });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(
      /map\/apply: the host answered with data that does not fit the contract \(revision:/,
    );
  });

  it('passes error envelopes through unchanged', async () => {
    const client = clientFrom(
      async () => ({ ok: false, error: { code: 'stale', message: 'changed elsewhere' } }),
      noEvents,
    );
    expect(await client['map/check']({})).toEqual({
      ok: false,
      error: { code: 'stale', message: 'changed elsewhere' },
    });
  });

  it('posts JSON to api/<name> with same-origin credentials', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, data: { ok: true, problems: [] } }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    expect(await postCall('map/check', {}, fetchFn)).toEqual({ ok: true, data: { ok: true, problems: [] } });
    expect(seen[0]).toMatchObject({
      url: 'api/map%2Fcheck',
      init: { method: 'POST', body: '{}', credentials: 'same-origin' },
    });
  });

  it('reports a host that cannot be reached as an io error, not a crash', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await postCall('app/info', {}, fetchFn);
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!r.ok && r.error.message).toMatch(/could not reach its host \(Failed to fetch\)/);
  });

  it('reports a refused request (no token) as unauthorized', async () => {
    const fetchFn = (async () =>
      new Response('Forbidden', { status: 403, statusText: 'Forbidden' })) as unknown as typeof fetch;
    expect(await postCall('app/info', {}, fetchFn)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
