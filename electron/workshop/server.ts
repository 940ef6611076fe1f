import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { tokenMatches } from '../host/auth';
import { SECURITY_HEADERS, lookupStatic, sendFile } from '../host/static';
import { WORKSHOP_LIMITS } from '../../shared/workshop/protocol';
import type { WorkshopHub } from './hub';
import { originOf } from './interfaces';
import { JoinCodeGate, newJoinCode, newSessionSecret, showCode } from './secrets';

/** What a workshop's listener needs: the address the facilitator chose (tests: loopback only) and the hub. */
export interface WorkshopServerOptions {
  address: string;
  /** 0 or absent: a free port. */
  port?: number;
  hub: WorkshopHub;
  /** The participant page's build (dist/participant): the only files a session serves. */
  pageDir: string;
  /** Fixed secrets, for tests that need to know them in advance; a real session makes new ones. */
  secret?: string;
  code?: string;
}

/** A running workshop listener. */
export interface WorkshopServer {
  /** The link participants open (and the QR code shows): the secret rides in its fragment-free query. */
  readonly joinUrl: string;
  /** The short code, as shown ("KX7-MPQ"). */
  readonly code: string;
  origin: string;
  port: number;
  /**
   * Makes a new secret and short code (after a removal): the old link and code open nothing any more, while the pages
   * still in the room are told the new secret for their reconnects. `joinUrl` and `code` then show the new ones.
   */
  rotate(): void;
  /** Stops listening and closes every participant's connection. */
  close(): Promise<void>;
}

/** Bytes of a code request's body: `{"code":"KX7-MPQ"}` with room to spare. */
const MAX_CODE_BODY = 512;
/** Open WebSockets at once: every participant on a laptop and a phone, with room for reconnects. */
const MAX_SOCKETS = WORKSHOP_LIMITS.maxParticipants * 3;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/**
 * Listens for one workshop session on the chosen address (docs/workshop-security.md). Every request must name this
 * address in Host (no DNS rebinding); a WebSocket must carry the session secret and, from a browser, this origin.
 * The short code is exchanged for the secret at `POST /join`, a few tries per address a minute. Nothing else is served.
 */
export async function startWorkshopServer(opts: WorkshopServerOptions): Promise<WorkshopServer> {
  let secret = opts.secret ?? newSessionSecret();
  let code = opts.code ?? newJoinCode();
  let gate = new JoinCodeGate(code);
  let origin = '';
  let port = 0;
  const hostOk = (req: IncomingMessage) => req.headers.host?.toLowerCase() === origin.slice('http://'.length);
  const wss = new WebSocketServer({ noServer: true, maxPayload: WORKSHOP_LIMITS.maxMessageBytes });
  // A broadcast's text is encoded once for the whole room, not once per socket.
  let lastText = '';
  let lastBytes = Buffer.alloc(0);
  const encoded = (text: string) => {
    if (text !== lastText) {
      lastText = text;
      lastBytes = Buffer.from(text, 'utf8');
    }
    return lastBytes;
  };

  const server = createServer((req, res) => {
    if (!hostOk(req)) return reply(res, 421, { error: 'This address is not the workshop.' });
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'POST' && url.pathname === '/join') {
      let body = '';
      let tooBig = false;
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > MAX_CODE_BODY) {
          tooBig = true;
          req.destroy();
        }
      });
      req.on('end', () => {
        if (tooBig) return;
        let typed = '';
        try {
          const parsed = JSON.parse(body) as { code?: unknown };
          typed = typeof parsed.code === 'string' ? parsed.code : '';
        } catch {
          return reply(res, 400, { error: 'Send the code as {"code": "…"}.' });
        }
        const verdict = gate.check(req.socket.remoteAddress ?? 'unknown', typed);
        if (verdict.result === 'ok') return reply(res, 200, { secret });
        if (verdict.result === 'locked')
          return reply(res, 429, {
            error: `Too many wrong codes from this device; try again in ${Math.ceil(verdict.retryInMs / 1000)} seconds.`,
          });
        return reply(res, 403, { error: 'That code is not this workshop’s. Check it on the facilitator’s screen.' });
      });
      return;
    }
    // The participant page and its hashed assets, nothing else: no listing, no other path of this computer.
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname.startsWith('/assets/'))) {
      const found = lookupStatic(opts.pageDir, url.pathname);
      if (found.kind === 'file') return sendFile(res, found.path);
    }
    reply(res, 404, { error: 'Not found.' });
  });

  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, why: string) => {
      socket.end(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!hostOk(req)) return refuse(421, 'Misdirected Request');
    const url = new URL(req.url ?? '/', origin);
    const browserOrigin = req.headers.origin?.toLowerCase();
    if (url.pathname !== '/ws') return refuse(404, 'Not Found');
    if (browserOrigin !== undefined && browserOrigin !== origin) return refuse(403, 'Forbidden');
    if (!tokenMatches(url.searchParams.get('s') ?? undefined, secret)) return refuse(403, 'Forbidden');
    if (wss.clients.size >= MAX_SOCKETS) return refuse(503, 'Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const link = opts.hub.connect({
        send: (msg) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
        },
        sendText: (text) => {
          if (ws.readyState === ws.OPEN) ws.send(encoded(text), { binary: false });
        },
        close: (closeCode, reason) => ws.close(closeCode, reason),
      });
      ws.on('message', (data, isBinary) => {
        if (isBinary) return ws.close(1003, 'text only');
        link.receive(data.toString('utf8'));
      });
      ws.on('close', () => link.closed());
      ws.on('error', () => ws.terminate());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.address, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = originOf(opts.address, port);
  return {
    get joinUrl() {
      return `${origin}/?s=${secret}`;
    },
    get code() {
      return showCode(code);
    },
    origin,
    port,
    rotate: () => {
      secret = newSessionSecret();
      code = newJoinCode();
      gate = new JoinCodeGate(code);
      opts.hub.rekey(secret);
    },
    close: async () => {
      opts.hub.close('The facilitator ended the workshop.');
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
