import { describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  CONTENT_SECURITY_POLICY,
  applyContentSecurityPolicy,
  createSessionHardener,
  denyAllPermissions,
  externalUrl,
  guardWebContents,
  isAppUrl,
  secureWebPreferences,
} from './security';
import { FakeSession, FakeWebContents, fakeEvent } from './testing/fakes';

describe('secureWebPreferences', () => {
  it('turns on every isolation setting and off every Node and webview door', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('the content security policy', () => {
  it('is exactly the policy the foundation asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('is added to every response, replacing a weaker one the response carried', () => {
    const session = new FakeSession();
    applyContentSecurityPolicy(session.asSession());
    const callback = vi.fn();
    session.headersListener?.(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["script-src 'unsafe-eval'"] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('is added when the response had no headers at all', () => {
    const session = new FakeSession();
    applyContentSecurityPolicy(session.asSession());
    const callback = vi.fn();
    session.headersListener?.({}, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('permissions', () => {
  it('are refused on request and on check, whatever is asked', () => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      session.requestHandler?.(null, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.(null, permission, 'app://tandem', {})).toBe(false);
    }
  });

  it('let a window go full screen for presenting, and nothing more', () => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    const callback = vi.fn();
    session.requestHandler?.(null, 'fullscreen', callback, {});
    expect(callback).toHaveBeenCalledWith(true);
    expect(session.checkHandler?.(null, 'fullscreen', 'app://tandem', {})).toBe(true);
  });

  it('refuse every USB, serial and HID device a page asks for', () => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    expect(session.deviceHandler).not.toBeNull();
    for (const deviceType of ['usb', 'serial', 'hid']) {
      expect(session.deviceHandler?.({ deviceType, origin: 'app://tandem', device: { vendorId: 1 } })).toBe(false);
    }
  });

  it('are set once per session however many webContents share it', () => {
    const harden = createSessionHardener();
    const session = new FakeSession();
    const spy = vi.spyOn(session, 'setPermissionRequestHandler');
    harden(session.asSession());
    harden(session.asSession());
    expect(spy).toHaveBeenCalledTimes(1);
    expect(session.headersListener).not.toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only the bundled renderer origin', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://tandem/assets/index.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://tandem/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('externalUrl', () => {
  it('lets well-formed http and https links through and nothing else', () => {
    expect(externalUrl('https://example.com/help')).toBe('https://example.com/help');
    expect(externalUrl('http://example.com')).toBe('http://example.com/');
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('file:///etc/passwd')).toBeNull();
    expect(externalUrl('smb://server/share')).toBeNull();
    expect(externalUrl('https://')).toBeNull();
    expect(externalUrl('nonsense')).toBeNull();
  });
});

describe('guardWebContents', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents.asContents(), openExternal);
    return { contents, openExternal };
  };

  it('prevents navigation to another origin', () => {
    const { contents } = guarded();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      const event = fakeEvent(url);
      contents.emit('will-navigate', event);
      expect(event.prevented, url).toBe(true);
    }
  });

  it('lets the app reload its own page', () => {
    const { contents } = guarded();
    const event = fakeEvent(APP_INDEX_URL);
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(false);
  });

  it('prevents frame navigation and redirects away from the app', () => {
    const { contents } = guarded();
    const frame = fakeEvent('https://example.com/');
    contents.emit('will-frame-navigate', frame);
    const redirect = fakeEvent('https://example.com/');
    contents.emit('will-redirect', redirect);
    expect(frame.prevented).toBe(true);
    expect(redirect.prevented).toBe(true);
  });

  it('prevents a webview from attaching', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });

  it('denies window.open and sends an https link to the OS browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/guide' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide');
  });

  it('denies window.open for javascript: and file: URLs without opening anything', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_INDEX_URL })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
