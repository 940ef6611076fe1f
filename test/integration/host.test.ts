import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedMap } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { createFromTemplate } from '../../shared/templates';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { DocumentStore } from '../../electron/services/documentStore';
import { exited, firstLine, removeTempDirs, spawnCli, tempDir } from '../helpers/cli';

const INDEX_HTML =
  '<!doctype html><html><head><title>Tandem test page</title></head><body><div id="root"></div></body></html>';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with exactly the path and headers given. fetch() would normalise `/../` away and refuses to
 * set Host, so the security tests need the raw client.
 */
function raw(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (s: string) => (body += s));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(opts.body);
  });
}

let dir: string;
let file: string;
let host: BrowserHost;

async function call<T>(
  name: string,
  args: unknown,
  headers: Record<string, string> = { 'X-Tandem-Token': host.token },
): Promise<ApiResult<T>> {
  const reply = await raw(host.port, `/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: args === undefined ? '' : JSON.stringify(args),
  });
  expect(reply.status, reply.body).toBe(200);
  return JSON.parse(reply.body) as ApiResult<T>;
}

function data<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`call failed: ${result.error.code}: ${result.error.message}`);
  return result.data;
}

beforeEach(async () => {
  dir = tempDir('tandem-host-');
  file = join(dir, 'checkout.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("tandem");');
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
  host = await startBrowserHost({ file, dataDir: join(dir, 'data'), rendererDir, version: '9.9.9-test' });
});

afterEach(async () => {
  await host.close();
});

afterAll(removeTempDirs);

describe('browser host: the token', () => {
  it('refuses the page, the API and the event stream without the token', async () => {
    for (const [method, path] of [
      ['GET', '/'],
      ['POST', '/api/map/current'],
      ['GET', '/events'],
      ['GET', '/assets/app.js'],
    ] as const) {
      const reply = await raw(host.port, path, { method });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect(reply.headers['content-type']).toMatch(/^text\/plain/);
      expect(reply.body.length).toBeLessThan(200);
    }
  });

  it('refuses a wrong token in the query, the cookie or the header', async () => {
    expect((await raw(host.port, '/?token=guess')).status).toBe(403);
    expect((await raw(host.port, '/', { headers: { Cookie: `tandem_token_${host.port}=guess` } })).status).toBe(403);
    expect(
      (await raw(host.port, '/api/map/current', { method: 'POST', headers: { 'X-Tandem-Token': `${host.token}x` } }))
        .status,
    ).toBe(403);
  });

  it('serves the index with the token, sets the HttpOnly cookie and sends the strict CSP', async () => {
    const reply = await raw(host.port, `/?token=${host.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['set-cookie']).toEqual([
      `tandem_token_${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with the cookie alone, with their content type', async () => {
    const reply = await raw(host.port, '/assets/app.js', {
      headers: { Cookie: `other=1; tandem_token_${host.port}=${host.token}` },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('prints a URL on 127.0.0.1 and listens there only', () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('browser host: refusing what a web page could try', () => {
  it('refuses a Host header that is not 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    const token = { 'X-Tandem-Token': host.token };
    for (const h of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const reply = await raw(host.port, '/api/map/current', { method: 'POST', headers: { ...token, Host: h } });
      expect(reply.status, h).toBe(403);
    }
    const ok = await raw(host.port, '/api/map/current', {
      method: 'POST',
      headers: { ...token, Host: `localhost:${host.port}` },
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a request from another origin even with the token', async () => {
    const reply = await raw(host.port, '/api/map/current', {
      method: 'POST',
      headers: { 'X-Tandem-Token': host.token, Origin: 'http://evil.example' },
    });
    expect(reply.status).toBe(403);
  });

  it('refuses paths that climb out of the renderer folder, plain or percent-encoded', async () => {
    const cookie = { Cookie: `tandem_token_${host.port}=${host.token}` };
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await raw(host.port, path, { headers: cookie });
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('not for the browser');
    }
    expect((await raw(host.port, '/nothing-here.js', { headers: cookie })).status).toBe(404);
  });

  it('answers the API only to POST', async () => {
    const reply = await raw(host.port, '/api/map/current', { headers: { 'X-Tandem-Token': host.token } });
    expect(reply.status).toBe(405);
  });

  it('refuses a body over the limit with 413', async () => {
    const reply = await raw(host.port, '/api/map/apply', {
      method: 'POST',
      headers: {
        'X-Tandem-Token': host.token,
        'Content-Type': 'application/json',
        'Content-Length': String(60 * 1024 * 1024),
      },
    }).catch((err: unknown) => ({ status: -1, headers: {}, body: String(err) }));
    expect(reply.status).toBe(413);
  });
});

describe('browser host: the API', () => {
  it('answers map/current with the open document', async () => {
    const current = data(
      await call<OpenedMap>('map/current', {}, { Cookie: `tandem_token_${host.port}=${host.token}` }),
    );
    expect(current.path).toBe(file);
    expect(current.revision).toBe(0);
    expect(current.doc.stages.length).toBeGreaterThan(0);
    expect(current.doc.cards.length).toBeGreaterThan(0);
  });

  it('applies a command, returns the new revision, and map/current shows the change', async () => {
    const applied = data(
      await call<{ revision: number }>('map/apply', {
        command: { type: 'map/update', patch: { title: 'Checkout, Oslo store' } },
        baseRevision: 0,
      }),
    );
    expect(applied.revision).toBe(1);
    const current = data(await call<OpenedMap>('map/current', undefined));
    expect(current.revision).toBe(1);
    expect(current.doc.meta.title).toBe('Checkout, Oslo store');
  });

  it('answers invalid arguments, bad JSON and unknown calls with invalid_arguments, not a 500', async () => {
    const badCommand = await call('map/apply', { command: { type: 'card/teleport' }, baseRevision: 0 });
    expect(badCommand).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const badJson = await raw(host.port, '/api/map/apply', {
      method: 'POST',
      headers: { 'X-Tandem-Token': host.token },
      body: '{"command": ',
    });
    expect(badJson.status).toBe(200);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await call('map/explode', {})).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('accepts the call name percent-encoded, as the renderer sends it (api/map%2Fcurrent)', async () => {
    const reply = await raw(host.port, '/api/map%2Fcurrent', {
      method: 'POST',
      headers: { Cookie: `tandem_token_${host.port}=${host.token}`, Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { path: file } });
  });

  it('reports itself as the browser host', async () => {
    expect(data(await call('app/info', {}))).toMatchObject({ version: '9.9.9-test', host: 'browser' });
  });

  it('pushes map/changed to the event stream when a command is applied', async () => {
    const res = await new Promise<IncomingMessage>((done, fail) => {
      request({ host: '127.0.0.1', port: host.port, path: '/events', headers: { 'X-Tandem-Token': host.token } }, done)
        .on('error', fail)
        .end();
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    let stream = '';
    const changed = new Promise<string>((done) => {
      res.setEncoding('utf8').on('data', (s: string) => {
        stream += s;
        if (stream.includes('event: map/changed\n')) done(stream);
      });
    });
    await call('map/apply', { command: { type: 'map/update', patch: { title: 'Renamed' } }, baseRevision: 0 });
    expect(await changed).toMatch(/event: map\/changed\ndata: \{"revision":1\}\n\n/);
    res.destroy();
  });
});

describe('browser host: starting', () => {
  it('rejects with a readable message when the file is not a map', async () => {
    const bad = join(dir, 'notes.tandem');
    writeFileSync(bad, 'just some notes');
    await expect(
      startBrowserHost({ file: bad, dataDir: join(dir, 'data'), rendererDir: dir, version: '0' }),
    ).rejects.toThrow(/notes\.tandem.*not a Tandem map/);
  });

  it('rejects with a clear error when the port is taken', async () => {
    await expect(
      startBrowserHost({ file, dataDir: join(dir, 'data'), rendererDir: dir, version: '0', port: host.port }),
    ).rejects.toThrow(/already in use/);
  });

  it('answers 503 with a hint when the renderer has not been built', async () => {
    const other = await startBrowserHost({
      file: join(dir, 'checkout.tandem'),
      dataDir: join(dir, 'data'),
      rendererDir: join(dir, 'empty'),
      version: '0',
    });
    try {
      const reply = await raw(other.port, `/?token=${other.token}`);
      expect(reply.status).toBe(503);
      expect(reply.body).toContain('The app is not built yet: run npm run build');
    } finally {
      await other.close();
    }
  });
});

describe('tandem serve', () => {
  it('prints the URL line, answers on it, and stops cleanly on SIGTERM', async () => {
    const child = spawnCli(['serve', file]);
    try {
      const line = await firstLine(child);
      const match = /^Tandem is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, url, port, token] = match as RegExpExecArray;
      const page = await fetch(url!);
      expect([200, 503]).toContain(page.status);
      const info = await raw(Number(port), '/api/app/info', {
        method: 'POST',
        headers: { 'X-Tandem-Token': token! },
        body: '{}',
      });
      expect(JSON.parse(info.body)).toMatchObject({ ok: true, data: { host: 'browser' } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
  });
});
