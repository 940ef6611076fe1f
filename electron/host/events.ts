import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './static';

/** Connected Server-Sent Events clients, and a way to push an event to all of them. */
export interface EventHub {
  /** Takes over a GET /events response and keeps it open until the client goes away or the hub closes. */
  attach(req: IncomingMessage, res: ServerResponse): void;
  /** Sends `event: name` with the JSON payload to every connected client. */
  broadcast(name: string, payload: unknown): void;
  /** How many clients are listening. */
  readonly size: number;
  /** Ends every stream (the host is shutting down). */
  close(): void;
}

// A comment line now and then keeps idle streams from being dropped by proxies and lets us notice dead sockets.
const KEEP_ALIVE_MS = 25_000;

/** A hub for the browser host's /events stream. */
export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const ping = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, KEEP_ALIVE_MS);
  ping.unref();

  return {
    attach(req, res) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // Flush the headers and a first comment at once so the client's EventSource opens without waiting.
      res.write(': connected\n\n');
      clients.add(res);
      const drop = (): void => {
        clients.delete(res);
      };
      req.on('close', drop);
      res.on('close', drop);
    },
    broadcast(name, payload) {
      // JSON.stringify escapes newlines, so the data always fits on one `data:` line.
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    get size() {
      return clients.size;
    },
    close() {
      clearInterval(ping);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
