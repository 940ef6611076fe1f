import type { WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import { printWindowOptions } from './printing';
import { secureWebPreferences } from './security';
import { webPreferencesProblems } from './testing/hardening';
import { mainWindowOptions } from './window';

const PRELOAD = '/opt/Tandem/resources/app.asar/dist/electron/preload.cjs';
const editorPrefs = (): WebPreferences | undefined =>
  mainWindowOptions(PRELOAD, { width: 1280, height: 800, maximized: false }).webPreferences;

describe('every window Tandem creates', () => {
  it('the editor window passes the hardening check: isolated, sandboxed, no Node, no webview, nothing extra', () => {
    expect(webPreferencesProblems(editorPrefs())).toEqual([]);
    expect(webPreferencesProblems(secureWebPreferences(PRELOAD))).toEqual([]);
  });

  it('the hidden print window passes it too, with JavaScript off and an in-memory session', () => {
    const prefs = printWindowOptions().webPreferences;
    expect(webPreferencesProblems(prefs)).toEqual([]);
    expect(prefs?.javascript).toBe(false);
    expect(prefs?.preload).toBeUndefined();
  });

  it('sets no dangerous option at all in either window', () => {
    for (const prefs of [editorPrefs(), printWindowOptions().webPreferences]) {
      for (const key of ['enableBlinkFeatures', 'additionalArguments', 'disableBlinkFeatures', 'enableWebSQL'])
        expect(prefs, key).not.toHaveProperty(key);
      expect(prefs?.experimentalFeatures).not.toBe(true);
      expect(prefs?.partition ?? '').not.toMatch(/^persist:/);
    }
  });
});

describe('the hardening check', () => {
  const dangerous: Array<[string, WebPreferences]> = [
    ['Blink features switched on', { enableBlinkFeatures: 'CSSPseudoHas' }],
    ['experimental features', { experimentalFeatures: true }],
    ['Node in workers', { nodeIntegrationInWorker: true }],
    ['Node in subframes', { nodeIntegrationInSubFrames: true }],
    ['Node in the page', { nodeIntegration: true }],
    ['the <webview> tag', { webviewTag: true }],
    ['insecure content', { allowRunningInsecureContent: true }],
    ['no sandbox', { sandbox: false }],
    ['no context isolation', { contextIsolation: false }],
    ['web security off', { webSecurity: false }],
    ['extra command-line switches', { additionalArguments: ['--remote-debugging-port=9222'] }],
    ['a persistent print session', { partition: 'persist:print' }],
    ['a foreign preload', { preload: '/tmp/evil.js' }],
  ];

  it.each(dangerous)('catches %s', (_what, override) => {
    // The editor's own settings pass, so the one setting changed is the one problem, and it is named.
    const [key] = Object.keys(override);
    expect(webPreferencesProblems({ ...editorPrefs(), ...override })).toEqual([expect.stringMatching(`^${key} `)]);
  });

  it('catches a security setting left to Electron’s default', () => {
    const { sandbox: _sandbox, ...rest } = editorPrefs() ?? {};
    expect(webPreferencesProblems(rest)).toContain('sandbox must be true, is undefined');
  });
});
