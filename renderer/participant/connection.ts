import type { ClientMessage, HostMessage } from '../../shared/workshop/protocol';

export type ConnectionStatus = 'connecting' | 'open' | 'offline' | 'ended';

/** The page's WebSocket to the workshop host: reconnects after a drop, with a growing pause, until the session ends. */
export interface Connection {
  send(msg: ClientMessage): void;
  close(): void;
}

/**
 * Close codes after which trying again is pointless: the session ended, the page is outdated, the facilitator removed
 * this person, the room is full.
 */
const FINAL = new Set([1001, 4000, 4001, 4003]);

/**
 * A dropped Wi-Fi often leaves a socket that never reports its end: the page pings every few seconds and, when the
 * host has said nothing for a while, counts the socket as lost and tries again.
 */
const PING_EVERY_MS = 4_000;
const SILENCE_MS = 10_000;

export function connect(opts: {
  /** Read at every (re)connect: the session's secret may have changed since the page joined. */
  url: () => string;
  hello: () => ClientMessage;
  onMessage: (msg: HostMessage) => void;
  onStatus: (status: ConnectionStatus, reason?: string, code?: number) => void;
}): Connection {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let heard = 0;

  const lost = () => {
    socket = null;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    if (stopped) return;
    opts.onStatus('offline');
    attempt += 1;
    timer = setTimeout(open, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5)));
  };

  const open = () => {
    opts.onStatus('connecting');
    const ws = new WebSocket(opts.url());
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      heard = Date.now();
      ws.send(JSON.stringify(opts.hello()));
      opts.onStatus('open');
      heartbeat = setInterval(() => {
        if (socket !== ws) return;
        if (Date.now() - heard > SILENCE_MS) {
          lost();
          ws.close();
          return;
        }
        ws.send(JSON.stringify({ t: 'ping' }));
      }, PING_EVERY_MS);
    };
    ws.onmessage = (e) => {
      heard = Date.now();
      try {
        opts.onMessage(JSON.parse(String(e.data)) as HostMessage);
      } catch {
        // A message the page cannot read is dropped; the next welcome brings the whole map again.
      }
    };
    ws.onclose = (e) => {
      if (socket !== ws) return;
      if (FINAL.has(e.code) && !stopped) {
        stopped = true;
        lost();
        opts.onStatus('ended', e.reason || undefined, e.code);
        return;
      }
      lost();
    };
  };
  open();
  return {
    send(msg) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(msg));
    },
    close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (heartbeat) clearInterval(heartbeat);
      socket?.close();
    },
  };
}
