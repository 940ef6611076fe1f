// Stand-ins for the few Electron objects the main-process modules touch, so their tests run under plain
// Node (there is no Electron binary on every machine). They record what was done to them; no behaviour
// of Electron is imitated beyond that.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { APP_INDEX_URL } from '../security';

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

/** A navigation-like event: records whether it was cancelled. */
export function fakeEvent(url = ''): { url: string; prevented: boolean; preventDefault(): void } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public url: string = APP_INDEX_URL,
    public processId = 1,
    public routingId = 1,
  ) {}
}

export class FakeSession {
  headersListener: HeadersListener | null = null;
  requestHandler:
    | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void)
    | null = null;
  checkHandler: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  deviceHandler: ((details: { deviceType: string; origin: string; device: unknown }) => boolean) | null = null;
  webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
  /** Typed as Electron's Session for functions that take one. */
  asSession(): Session {
    return this as unknown as Session;
  }
}

export class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  sent: unknown[][] = [];
  destroyed = false;
  mainFrame = new FakeFrame();
  session = new FakeSession();
  loadedUrl: string | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Typed as Electron's WebContents for functions that take one. */
  asContents(): WebContents {
    return this as unknown as WebContents;
  }
}
