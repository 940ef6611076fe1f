import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../shared/theme/colour';
import { PALETTES, THEMES } from '../../shared/theme/palette';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every style sheet of the UI: the editor's and the participant page's. */
const SHEETS = [
  ...readdirSync(path.join(root, 'renderer', 'styles'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `renderer/styles/${f}`),
  'renderer/participant/participant.css',
];

interface Rule {
  sheet: string;
  selector: string;
  body: string;
}

/** The rules of a sheet, innermost blocks only (the rules inside an @media are read as rules). */
function rules(sheet: string): Rule[] {
  const css = readFileSync(path.join(root, sheet), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map((m) => ({
    sheet,
    selector: (m[1] ?? '').trim().replace(/\s+/g, ' '),
    body: m[2] ?? '',
  }));
}

const ALL_RULES = SHEETS.flatMap(rules);

/** The one token a declaration of this property sets, if its value is exactly one token. */
function tokenOf(rule: Rule, property: RegExp): string | null {
  for (const m of rule.body.matchAll(/(?:^|;)\s*([a-z-]+)\s*:\s*([^;]+)/g)) {
    if (!property.test(m[1] ?? '')) continue;
    const token = /^var\((--(?:fg|bg|line)-[a-z0-9-]+)\)$/.exec((m[2] ?? '').trim());
    if (token?.[1]) return token[1];
  }
  return null;
}

describe('the style sheets and the palette', () => {
  it('name colours only through the palette: no literal colour is left in a sheet but shadows', () => {
    const literals = ALL_RULES.flatMap((rule) =>
      [...rule.body.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\((?!\s*15[ ,]+23[ ,]+42)[^)]*\)|\bhsla?\(/g)].map(
        (m) => `${rule.sheet} ${rule.selector}: ${m[0]}`,
      ),
    );
    expect(literals).toEqual([]);
  });

  it('use only tokens every theme defines', () => {
    const used = new Set(
      ALL_RULES.flatMap((rule) =>
        [...rule.body.matchAll(/var\((--(?:fg|bg|line)-[a-z0-9-]+)\)/g)].map((m) => m[1] ?? ''),
      ),
    );
    expect(used.size).toBeGreaterThan(50);
    for (const theme of THEMES) {
      expect([...used].filter((token) => !PALETTES[theme][token]).map((t) => `${theme}: ${t}`)).toEqual([]);
    }
  });

  for (const theme of THEMES) {
    it(`keeps the text of every rule that sets its own background at 4.5:1 in the ${theme} theme`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const rule of ALL_RULES) {
        // A disabled control is exempt from the contrast minimum (WCAG 1.4.3).
        if (/:disabled|\[disabled\]/.test(rule.selector)) continue;
        const fg = tokenOf(rule, /^color$/);
        const bg = tokenOf(rule, /^background(-color)?$/);
        if (!fg || !bg) continue;
        checked++;
        const ratio = contrastRatio(PALETTES[theme][fg] ?? '', PALETTES[theme][bg] ?? '');
        if (ratio < 4.5) failures.push(`${rule.sheet} ${rule.selector}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
      }
      expect(checked).toBeGreaterThan(40);
      expect(failures).toEqual([]);
    });
  }

  it('tells evidence and link kinds apart by line style as well as by colour', () => {
    const style = (selector: string, property: string) => {
      const rule = ALL_RULES.find((r) => r.selector === selector);
      return rule ? new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(rule.body)?.[1]?.trim() : undefined;
    };
    expect(style('.card--assumed', 'border-style')).toBe('dotted');
    expect(style('.card--proposed', 'border-style')).toBe('dashed');
    expect(style('.react-flow__edge.link--flow .react-flow__edge-path', 'stroke-dasharray')).toBeUndefined();
    expect(style('.react-flow__edge.link--support .react-flow__edge-path', 'stroke-dasharray')).toBe('9 6');
    expect(style('.react-flow__edge.link--handoff .react-flow__edge-path', 'stroke-dasharray')).toBe('1 6');
  });
});
