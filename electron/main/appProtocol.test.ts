import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppFile } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './security';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tandem-renderer-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(root), 'tandem-secret.txt'), 'secret');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), 'tandem-secret.txt'), { force: true });
});

describe('the app:// scheme', () => {
  it('is a standard, secure scheme that does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(resolveAppFile(root, 'app://tandem/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tandem/assets/index.js')).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
  });

  it('never resolves a climbing URL to a file outside the folder', () => {
    for (const url of [
      'app://tandem/../tandem-secret.txt',
      'app://tandem/%2e%2e/tandem-secret.txt',
      'app://tandem/..%2ftandem-secret.txt',
      'app://tandem/assets/..%2f..%2ftandem-secret.txt',
      'app://tandem/assets%5c..%5c..%5ctandem-secret.txt',
      'app://tandem/%00index.html',
    ]) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://tandem/..%2ftandem-secret.txt')).toBeNull();
  });

  it('serves index.html with its type and the CSP header', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request('app://tandem/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Tandem</title>');
  });

  it('answers 404 for a missing file and for anything outside the folder, still with the CSP header', async () => {
    const handler = createAppProtocolHandler(root);
    for (const url of ['app://tandem/missing.js', 'app://tandem/..%2ftandem-secret.txt', 'app://other/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses writes', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://tandem/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
