import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The one dispatcher listens for keys on the window; the others are transient widgets whose keys are not global
 * shortcuts (docs/adr/0011-action-registry.md): a header drag's Escape-to-cancel and an open header menu's
 * Escape, which must reach the topmost open thing first.
 */
const ALLOWED = ['ui/actions/dispatcher.ts', 'canvas/structure/useHeaderDrag.tsx', 'canvas/structure/HeaderMenu.tsx'];

function sources(dir: string, base: string, into: Map<string, string>): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, base, into);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      into.set(relative(base, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return into;
}

describe('keyboard listeners', () => {
  it('leaves no window keydown listener outside the dispatcher and the allowed local widgets', () => {
    const renderer = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const files = sources(renderer, renderer, new Map());
    const listening = [...files]
      .filter(([, text]) => /(?:window|target|document)\.addEventListener\(\s*['"]keydown['"]/.test(text))
      .map(([file]) => file)
      .sort();
    expect(listening).toEqual([...ALLOWED].sort());
  });
});
