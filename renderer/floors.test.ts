import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The floors of docs/adr/0008-renderer-floors.md: each folder lists the renderer folders it may import. The
// relation has no cycle, so a mutual import between two folders is always reported on one side of it.
const ROOT = '(root)';
const MAY_IMPORT: Record<string, readonly string[]> = {
  [ROOT]: [
    'shell',
    'canvas',
    'insight',
    'export',
    'panels',
    'workshop',
    'present',
    'ui',
    'store',
    'i18n',
    'theme',
    'api',
    'styles',
  ],
  shell: [
    'canvas',
    'insight',
    'export',
    'panels',
    'workshop',
    'present',
    'ui',
    'store',
    'i18n',
    'theme',
    'api',
    'styles',
  ],
  // The one order among features: a card on the canvas draws insight badges, trace state and metric rows.
  canvas: ['insight', 'ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  insight: ['ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  // Presentation mode shows the figures the scorecard shows, read through insight's own helpers (ADR 0022).
  present: ['insight', 'ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  export: ['ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  // The card inspector shows a touchpoint's trend with the scorecard's own chart.
  panels: ['insight', 'ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  workshop: ['ui', 'store', 'i18n', 'theme', 'api', 'styles'],
  // The participant page is its own bundle: it shares only shared/ with the editor, never the editor's folders.
  // Its one exception is the theme (colours only, from shared/theme), so the page follows the phone's setting.
  participant: ['theme'],
  ui: ['store', 'i18n', 'theme', 'api', 'styles'],
  // Messages the store shows are read in the UI's language at the moment they are made.
  store: ['i18n'],
  // The UI's words (ADR 0018): read by every floor, importing none of them.
  i18n: [],
  // The themes' colours and reduced motion (ADR 0024): read by every floor, importing none of them.
  theme: [],
  api: [],
  styles: [],
};

const IMPORT =
  /(?:\bimport|\bexport)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The specifiers of every static import, re-export and dynamic import in a source text. */
function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The renderer folder a path (relative to renderer/, with / separators) sits in. */
function folderOf(path: string): string {
  const slash = path.indexOf('/');
  // A folder imported by its index (`'../i18n'`) is that folder; a file at the top is the root's.
  if (slash < 0) return path in MAY_IMPORT ? path : ROOT;
  return path.slice(0, slash);
}

/** One line per import that goes up a floor or sideways between renderer folders. */
function floorViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    const from = folderOf(file);
    for (const spec of importsOf(source)) {
      if (!spec.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (target.startsWith('../')) continue; // shared/, test/ and the like sit outside the renderer's floors
      const to = folderOf(target);
      if (to === from) continue;
      const allowed = MAY_IMPORT[from];
      if (allowed === undefined) found.push(`${file}: folder "${from}" is on no floor of ADR 0008`);
      else if (!allowed.includes(to)) found.push(`${file} imports '${spec}' (${from} → ${to})`);
    }
  }
  return found;
}

function rendererSources(dir: string, base: string, into: Map<string, string>): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rendererSources(path, base, into);
    else if (/\.tsx?$/.test(entry.name))
      into.set(relative(base, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return into;
}

describe('renderer floors', () => {
  it('imports only go down the floors of ADR 0008, never up nor between sibling folders', () => {
    const renderer = dirname(fileURLToPath(import.meta.url));
    const files = rendererSources(renderer, renderer, new Map());
    expect(files.size).toBeGreaterThan(100);
    expect(floorViolations(files)).toEqual([]);
  });

  it('names the file and the import of an upward, sideways or dynamic import', () => {
    const files = new Map([
      ['ui/Modal.tsx', "import { Canvas } from '../canvas/Canvas';"],
      ['insight/gaps/GapItem.tsx', "export { Card } from '../../canvas/CardNode';"],
      ['workshop/Legend.tsx', "const m = import('../insight/trace/TraceBar');"],
      ['canvas/CardNode.tsx', "import { badge } from '../insight/gaps/CardGapBadge';\nimport '../styles/card.css';"],
    ]);
    expect(floorViolations(files)).toEqual([
      "ui/Modal.tsx imports '../canvas/Canvas' (ui → canvas)",
      "insight/gaps/GapItem.tsx imports '../../canvas/CardNode' (insight → canvas)",
      "workshop/Legend.tsx imports '../insight/trace/TraceBar' (workshop → insight)",
    ]);
  });
});
