import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The attributes whose text a user reads (or hears from a screen reader). */
const WORDED_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'ariaLabel']);

/**
 * Folders whose words colleagues are moving into their own namespaces at the same time (issue 14, part B and the
 * workshop). TEMPORARY: the lead removes each entry once that part is merged, so the check then covers the whole UI.
 */
const TEMPORARILY_EXCLUDED_UNTIL_MERGED: string[] = [];

/**
 * Literals that are words on screen yet are not translated, each with its reason. `file: text`.
 */
const ALLOWED: ReadonlySet<string> = new Set([
  // The product's name reads the same in every language.
  'renderer/shell/TitleBar.tsx: Tandem',
  // A key cap is printed the same on every keyboard (the shortcut sheet keeps Shift, Esc and Enter too).
  'renderer/panels/history/VersionBanner.tsx: Esc',
]);

// TypeScript 7's compiler runs outside Node and has no in-process parser; Vite's parser (oxc, through rolldown)
// reads TSX into an ESTree tree just as well.

/** Text with a letter in it (any script); "−", "▾", "…", "×", "2" and the like are symbols, not words. */
const HAS_LETTER = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return componentFiles(rel);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [rel] : [];
  });
}

/** A node of the ESTree syntax tree oxc gives (through Vite's own parser, rolldown). */
interface AstNode {
  type: string;
  start: number;
  [field: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function child(node: AstNode, field: string): AstNode | null {
  const value = node[field];
  return isNode(value) ? value : null;
}

/** Literal texts in an expression that reach the screen as they are (not a key handed to a call such as `t(…)`). */
function literalsIn(node: AstNode | null): Array<{ text: string; start: number }> {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [{ text: node.value, start: node.start }] : [];
    case 'TemplateLiteral':
      return (node.quasis as AstNode[]).map((q) => ({
        text: (q.value as { cooked: string | null }).cooked ?? '',
        start: q.start,
      }));
    case 'ConditionalExpression':
      return [...literalsIn(child(node, 'consequent')), ...literalsIn(child(node, 'alternate'))];
    case 'LogicalExpression':
      return [...literalsIn(child(node, 'left')), ...literalsIn(child(node, 'right'))];
    case 'BinaryExpression':
      // `'Page ' + n` shows its words; `kind === 'customer'` compares values.
      return node.operator === '+' ? [...literalsIn(child(node, 'left')), ...literalsIn(child(node, 'right'))] : [];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return literalsIn(child(node, 'expression'));
    default:
      // A call's arguments are keys, ids or class names; what it returns is checked where it is written.
      return [];
  }
}

function jsxName(node: AstNode | null): string {
  if (!node) return '';
  if (node.type === 'JSXIdentifier') return String(node.name);
  if (node.type === 'JSXNamespacedName') return `${jsxName(child(node, 'namespace'))}:${jsxName(child(node, 'name'))}`;
  return '';
}

/** Every user-visible literal with a letter in it: `file:line: text`. */
function wordedLiterals(file: string, source: string): string[] {
  const program = parseAst(source, { lang: 'tsx' }, file) as unknown as AstNode;
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: string[] = [];
  const report = ({ text, start }: { text: string; start: number }) => {
    const shown = text.replace(/\s+/g, ' ').trim();
    if (!HAS_LETTER.test(shown) || ALLOWED.has(`${file}: ${shown}`)) return;
    found.push(`${file}:${lineOf(start + text.length - text.trimStart().length)}: ${shown}`);
  };
  const visit = (node: AstNode, parent: AstNode | null) => {
    if (node.type === 'JSXText') report({ text: String(node.value), start: node.start });
    else if (node.type === 'JSXExpressionContainer' && parent?.type !== 'JSXAttribute')
      literalsIn(child(node, 'expression')).forEach(report);
    else if (node.type === 'JSXAttribute' && WORDED_ATTRIBUTES.has(jsxName(child(node, 'name')))) {
      const value = child(node, 'value');
      if (value?.type === 'Literal') literalsIn(value).forEach(report);
      else if (value?.type === 'JSXExpressionContainer') literalsIn(child(value, 'expression')).forEach(report);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) isNode(item) && visit(item, node);
      else if (isNode(value)) visit(value, node);
    }
  };
  visit(program, null);
  return found;
}

describe('the UI’s words', () => {
  it('are read from the catalogues: no component shows a word written as a literal', () => {
    const files = componentFiles('renderer').filter(
      (f) => !TEMPORARILY_EXCLUDED_UNTIL_MERGED.some((dir) => f.startsWith(dir)),
    );
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => wordedLiterals(f, readFileSync(path.join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a word in JSX text, in a title, an aria-label, a placeholder or an alt, and lets symbols and keys pass', () => {
    const source = [
      'export const A = () => (',
      '  <div title="Close" aria-label={open ? "Hide" : "Show"}>',
      '    Add card <span>−</span> {"…"} {t("toolbar.addCard")}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is the TSX under test, not this file's.
      '    <img alt={`Avatar of ${name}`} /> <input placeholder={t("find.placeholder")} className="wide" />',
      '    {kind === "customer" ? "Ж" : "▾"}',
      '  </div>',
      ');',
    ].join('\n');
    expect(wordedLiterals('renderer/x/A.tsx', source)).toEqual([
      'renderer/x/A.tsx:2: Close',
      'renderer/x/A.tsx:2: Hide',
      'renderer/x/A.tsx:2: Show',
      'renderer/x/A.tsx:3: Add card',
      'renderer/x/A.tsx:4: Avatar of',
      'renderer/x/A.tsx:5: Ж',
    ]);
  });
});
