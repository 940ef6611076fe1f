import type { Tone } from './palette';

/** A foreground tone drawn on a background tone, and where Tandem draws it (for the failure message). */
export interface TonePair {
  fg: Tone;
  bg: Tone;
  where: string;
}

/** The surfaces text and marks sit on: cards and panels, the page, sunken rows, and the canvas's lane bands. */
const SURFACES: readonly Tone[] = [
  'white',
  'slate-50',
  'slate-100',
  'amber-40',
  'amber-75',
  'blue-25',
  'blue-75',
  'gray-50',
  'gray-150',
];

/** Text that sits on the ordinary surfaces: body, secondary, captions, links, errors, evidence words, trends. */
const BODY_TEXT: readonly Tone[] = [
  'slate-900',
  'slate-800',
  'slate-700',
  'slate-600',
  'blue-700',
  'red-700',
  'green-800',
  'amber-800',
  'purple-800',
];

/**
 * Every text/background pair that must reach 4.5:1 (WCAG 1.4.3), in every theme. The CSS's own pairs (a rule that
 * sets both) are checked too, by test/integration/themeTokens.test.ts; these are the ones where the text and its
 * surface come from different rules.
 */
export const TEXT_PAIRS: readonly TonePair[] = [
  ...BODY_TEXT.flatMap((fg) => SURFACES.map((bg) => ({ fg, bg, where: 'text on a card, panel or lane' }))),
  { fg: 'slate-900', bg: 'amber-150', where: 'customer lane header' },
  { fg: 'slate-900', bg: 'blue-150', where: 'organisation lane header' },
  { fg: 'slate-900', bg: 'gray-200', where: 'neutral lane header' },
  { fg: 'slate-50', bg: 'slate-800', where: 'toolbar and title bar' },
  { fg: 'slate-50', bg: 'slate-700', where: 'toolbar' },
  { fg: 'slate-300', bg: 'slate-800', where: 'file name in the title bar' },
  { fg: 'white', bg: 'blue-600', where: 'primary button' },
  { fg: 'white', bg: 'blue-700', where: 'pressed tool button' },
  { fg: 'white', bg: 'red-700', where: 'pain-point badge' },
  { fg: 'white', bg: 'slate-900', where: 'tooltip and corner' },
];

/**
 * Marks that carry meaning and must reach 3:1 against what they are drawn on (WCAG 1.4.11): the selection and
 * focus rings, link strokes by kind, link handles, the emotion curves of both sides, the emotion line's zero,
 * form-control borders, and the find match.
 */
export const MARK_PAIRS: readonly TonePair[] = [
  ...SURFACES.flatMap((bg) => [
    { fg: 'blue-600' as const, bg, where: 'selection and focus ring' },
    { fg: 'slate-700' as const, bg, where: 'flow link' },
    { fg: 'teal-700' as const, bg, where: 'support link' },
    { fg: 'purple-700' as const, bg, where: 'hand-off link' },
    { fg: 'orange-700' as const, bg, where: "customer's emotion curve" },
    { fg: 'blue-700' as const, bg, where: "employees' emotion curve" },
    { fg: 'slate-500' as const, bg, where: 'emotion zero line and input borders' },
  ]),
  { fg: 'amber-600', bg: 'white', where: 'find match halo' },
  { fg: 'blue-300', bg: 'slate-800', where: 'focus ring on the toolbar' },
];

/**
 * Tones that must stay apart for a reader with a colour-vision deficiency — or else the meaning they carry must
 * also be said by a glyph, a line style or a word. `glyph` names that second channel where there is one.
 */
export interface DistinctPair {
  a: Tone;
  b: Tone;
  meaning: string;
  glyph: string | null;
}

export const DISTINCT_PAIRS: readonly DistinctPair[] = [
  {
    a: 'orange-700',
    b: 'blue-700',
    meaning: 'customer vs employee emotion curve',
    glyph: 'each curve has its own lane, titled by side',
  },
  { a: 'amber-40', b: 'blue-25', meaning: 'customer vs organisation lane', glyph: 'side word under the lane title' },
  { a: 'slate-700', b: 'teal-700', meaning: 'flow vs support link', glyph: 'solid vs dashed line' },
  { a: 'teal-700', b: 'purple-700', meaning: 'support vs hand-off link', glyph: 'dashed vs dotted line' },
  {
    a: 'green-800',
    b: 'amber-800',
    meaning: 'observed vs assumed evidence',
    glyph: 'mark ● / ◌, word, solid / dotted border',
  },
  {
    a: 'amber-800',
    b: 'purple-800',
    meaning: 'assumed vs proposed evidence',
    glyph: 'mark ◌ / ✚, word, dotted / dashed border',
  },
  { a: 'green-700', b: 'red-700', meaning: 'target met vs missed', glyph: 'STATUS_GLYPH ✓ / ≈ / ✗' },
  { a: 'red-900', b: 'orange-400', meaning: 'pain severity 5 vs 3', glyph: 'S1…S5 on the badge' },
];
