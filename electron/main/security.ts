import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';

/** The privileged scheme the renderer is served from (see docs/adr/0004). */
export const APP_SCHEME = 'app';
/** The one host of that scheme; gives the renderer a stable, non-file origin. */
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the main window loads the renderer. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY };

/** True when `url` belongs to the bundled renderer (app://tandem/...), the only origin we trust. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Returns the URL to hand to the OS browser when `raw` is a well-formed http(s) URL, else null.
 * `javascript:`, `file:`, custom schemes and garbage never leave the app.
 */
export function externalUrl(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname) return null;
  return parsed.href;
}

/** The settings every window we create shares: Electron's security checklist, all of it. */
export const HARDENED_WEB_PREFERENCES: Readonly<WebPreferences> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
};

/** webPreferences of the editor window: the hardened settings, our preload, and spell-checking for typing. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, ...HARDENED_WEB_PREFERENCES, spellcheck: true };
}

/** Adds the CSP header to every response the session receives, replacing any CSP the response carried. */
export function applyContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(details.responseHeaders ?? {})) {
      if (key.toLowerCase() !== 'content-security-policy') headers[key] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/**
 * Denies every permission request and check (camera, notifications, clipboard-read, …) and every device
 * (USB, serial, HID): Tandem needs none, and a page that can reach a device can reach past the sandbox. The one
 * exception is full screen, which presentation mode asks for (ADR 0022): it reaches nothing outside the window.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'));
  session.setPermissionCheckHandler((_contents, permission) => permission === 'fullscreen');
  session.setDevicePermissionHandler(() => false);
}

/** The slice of WebContents the guards need; tests pass a fake with these members. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Guards one webContents: navigation away from the app is cancelled, new windows are refused (http(s)
 * links go to the OS browser instead), and <webview> can never attach.
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}

/** Applies CSP and the permission policy once per session. */
export function createSessionHardener(): (session: Session) => void {
  const done = new WeakSet<Session>();
  return (session) => {
    if (done.has(session)) return;
    done.add(session);
    applyContentSecurityPolicy(session);
    denyAllPermissions(session);
  };
}
