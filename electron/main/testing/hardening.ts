// The one check every window's webPreferences must pass, shared by the tests of each window Tandem creates
// (the editor, the hidden print window) and by the test of the wired-up main process.
import type { WebPreferences } from 'electron';

/** The value each security setting must have, stated explicitly rather than left to Electron's defaults. */
const REQUIRED: Readonly<Partial<Record<keyof WebPreferences, boolean>>> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

/**
 * Options a window may set besides the required ones, each with the only form it may take. Anything else
 * (`enableBlinkFeatures`, `additionalArguments`, `experimentalFeatures: true`, a persistent partition, …) is a
 * problem until someone has weighed it against Electron's security checklist and added it here.
 */
const ALLOWED: Readonly<Partial<Record<keyof WebPreferences, (value: unknown) => boolean>>> = {
  experimentalFeatures: (v) => v === false,
  preload: (v) => typeof v === 'string' && v.endsWith('preload.cjs'),
  spellcheck: (v) => typeof v === 'boolean',
  javascript: (v) => v === false,
  partition: (v) => typeof v === 'string' && !v.startsWith('persist:'),
};

/** Every way `prefs` falls short of Tandem's hardening, one readable line each; empty when it passes. */
export function webPreferencesProblems(prefs: WebPreferences | undefined): string[] {
  const given: Record<string, unknown> = { ...(prefs ?? {}) };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(REQUIRED)) {
    if (given[key] !== value) problems.push(`${key} must be ${String(value)}, is ${String(given[key])}`);
  }
  for (const [key, value] of Object.entries(given)) {
    if (key in REQUIRED) continue;
    const allowed = ALLOWED[key as keyof WebPreferences];
    if (!allowed) problems.push(`${key} is set (${JSON.stringify(value)}): not an option Tandem allows`);
    else if (!allowed(value)) problems.push(`${key} may not be ${JSON.stringify(value)}`);
  }
  return problems;
}
