import type { ApiImplementation } from '../../shared/api/contract';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { folderAccess, guardApi } from '../services/fileAccess';
import { assertRegularFile } from '../services/fileSafety';
import { createSession } from '../services/session';
import { hasToken, hostAllowed, newToken, originAllowed, tokenCookie, tokenMatches } from './auth';
import { handleApiCall } from './api';
import { createEventHub } from './events';
import { isBuilt, lookupStatic, SECURITY_HEADERS, sendFile } from './static';

/** What the browser host needs to start. */
export interface BrowserHostOptions {
  /** The .tandem file to open. */
  file: string;
  /** Where the recent-files list lives. */
  dataDir: string;
  /** The Vite build of the renderer (dist/renderer). */
  rendererDir: string;
  /** Port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** App version reported by app/info. */
  version: string;
  /** The participant page's build, which a live workshop serves (dist/participant); absent: no workshops. */
  participantPageDir?: string;
  /** The network interfaces offered for a workshop (tests give a faked, loopback-only list). */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** A running browser host. */
export interface BrowserHost {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  port: number;
  /** The interface actually bound: always 127.0.0.1. */
  address: string;
  token: string;
  /** The session's calls, for the command line that started this host (`tandem workshop` starts one through it). */
  session: ApiImplementation;
  /** Ends open event streams, stops listening and closes the map. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * Serves the renderer and the same API as the Electron IPC bridge over HTTP on 127.0.0.1, for machines without
 * Electron and for end-to-end tests. Every request needs this run's token; see docs/adr/0005.
 */
export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const hub = createEventHub();
  const session = createSession({
    host: 'browser',
    version: opts.version,
    dataDir: opts.dataDir,
    emit: (name, payload) => hub.broadcast(name, payload),
    participantPageDir: opts.participantPageDir,
    networkInterfaces: opts.networkInterfaces,
  });
  try {
    assertRegularFile(opts.file, 'Tandem map');
    await session.open(opts.file);
  } catch (err) {
    session.close();
    hub.close();
    throw new Error(err instanceof Error ? err.message : String(err), { cause: err });
  }

  // The page names paths only inside the served map's folder and the data folder (docs/reliability.md, "Files").
  const api = guardApi(session.api, folderAccess([dirname(resolve(opts.file)), opts.dataDir]));
  const token = newToken();
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A bug in the host must not take the process down or leave the request hanging.
      if (!res.headersSent) text(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port) || !originAllowed(req, port)) {
      text(res, 403, 'Forbidden: this server only answers to 127.0.0.1 and localhost.');
      return;
    }
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));

    const isEntry = req.method === 'GET' && rawPath === '/' && query.has('token');
    const entryOk = isEntry && tokenMatches(query.get('token') ?? undefined, token);
    if (!entryOk && !hasToken(req, token, port)) {
      text(res, 403, 'Forbidden: open the address Tandem printed when it started (it carries a token).');
      return;
    }

    if (rawPath.startsWith('/api/')) {
      let name: string;
      try {
        name = decodeURIComponent(rawPath.slice('/api/'.length));
      } catch {
        text(res, 400, 'Bad request: malformed call name.');
        return;
      }
      await handleApiCall(api, name, req, res);
      return;
    }
    if (rawPath === '/events') {
      if (req.method !== 'GET') {
        text(res, 405, 'The event stream only answers GET requests.', { Allow: 'GET' });
        return;
      }
      hub.attach(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      text(res, 405, 'Static files only answer GET requests.', { Allow: 'GET, HEAD' });
      return;
    }
    if (!isBuilt(opts.rendererDir)) {
      text(res, 503, 'The app is not built yet: run npm run build');
      return;
    }
    const found = lookupStatic(opts.rendererDir, rawPath);
    if (found.kind === 'file') {
      sendFile(res, found.path, entryOk ? { 'Set-Cookie': tokenCookie(token, port) } : {});
      return;
    }
    if (found.kind === 'forbidden') text(res, 403, 'Forbidden: that path is outside the app.');
    else if (found.kind === 'bad_request') text(res, 400, 'Bad request: malformed path.');
    else text(res, 404, 'Not found.');
  }

  try {
    port = await listen(server, opts.port ?? 0);
  } catch (err) {
    session.close();
    hub.close();
    throw err;
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    address: (server.address() as AddressInfo).address,
    token,
    session: session.api,
    close() {
      closing ??= new Promise<void>((resolve) => {
        hub.close();
        server.close(() => {
          session.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Listens on 127.0.0.1 only and resolves with the port actually bound. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      if (err.code === 'EADDRINUSE')
        reject(
          new Error(
            `port ${port} is already in use on ${LOOPBACK}; choose another with --port, or leave it out to use a free one`,
          ),
        );
      else if (err.code === 'EACCES')
        reject(new Error(`not allowed to listen on port ${port}; choose a port above 1024`));
      else reject(err);
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function text(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body) + 1),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(`${body}\n`);
}
