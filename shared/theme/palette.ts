import { hexToLab, type Lab, labToHex } from './colour';

/**
 * Tandem's colours, once. Every colour of the UI is a custom property of the form `--<kind>-<tone>`: the tone is
 * named after the light theme's colour (`slate-900`, `blue-600`, …) and the kind says what it paints — `fg` text,
 * `bg` a surface, `line` a border, stroke or mark. The light theme is the tones themselves; the dark and the
 * high-contrast theme are derived from them per kind (text turns light, surfaces turn dark, marks stay visible),
 * so a new rule in a CSS file only picks a tone and a kind and is right in every theme. Exports never read these:
 * they are print-light whatever the theme (docs/adr/0024-theme-tokens.md).
 */

/** The themes a user can see; `system` in the settings picks one of them from the operating system. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

/** What a token paints. */
export const TOKEN_KINDS = ['fg', 'bg', 'line'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** The light theme's tones, by name (Tailwind's scale where the colour is one of it). */
export const TONES = {
  'amber-25': '#fffdf5',
  'amber-40': '#fff6e6',
  'amber-50': '#fffbeb',
  'amber-75': '#ffefd2',
  'amber-100': '#fef3c7',
  'amber-150': '#fde7bf',
  'amber-300': '#fcd34d',
  'amber-500': '#f59e0b',
  'amber-600': '#d97706',
  'amber-700': '#b45309',
  'amber-800': '#92400e',
  'amber-850': '#8a4b00',
  'blue-25': '#eef4fb',
  'blue-50': '#eff6ff',
  'blue-60': '#e8effc',
  'blue-75': '#e2ecf8',
  'blue-100': '#dbeafe',
  'blue-150': '#d5e3f5',
  'blue-300': '#93c5fd',
  'blue-600': '#2563eb',
  'blue-700': '#1d4ed8',
  'blue-800': '#1e40af',
  'blue-850': '#1f3f8f',
  'blue-900': '#1e3a8a',
  'emerald-50': '#ecfdf5',
  'emerald-700': '#047857',
  'emerald-800': '#065f46',
  'gray-50': '#f4f5f7',
  'gray-100': '#f3f4f6',
  'gray-150': '#eceef2',
  'gray-200': '#e5e7eb',
  'gray-650': '#4a5361',
  'gray-700': '#374151',
  'green-100': '#dcfce7',
  'green-300': '#86efac',
  'green-600': '#16a34a',
  'green-700': '#15803d',
  'green-750': '#1b7f3b',
  'green-800': '#166534',
  'green-900': '#14532d',
  'indigo-100': '#e0e7ff',
  'indigo-200': '#c7d2fe',
  'indigo-900': '#312e81',
  'indigo-950': '#1e1b4b',
  'navy-800': '#1e3a5f',
  'orange-50': '#fff7ed',
  'orange-300': '#fdba74',
  'orange-400': '#fb923c',
  'orange-700': '#c2410c',
  'orange-800': '#9a3412',
  'orange-900': '#7c2d12',
  'purple-50': '#faf5ff',
  'purple-700': '#7a3e9d',
  'purple-800': '#6b21a8',
  'red-50': '#fef2f2',
  'red-100': '#fee2e2',
  'red-200': '#fecaca',
  'red-300': '#fca5a5',
  'red-600': '#dc2626',
  'red-700': '#b91c1c',
  'red-800': '#991b1b',
  'red-900': '#7f1d1d',
  'red-950': '#450a0a',
  'slate-50': '#f8fafc',
  'slate-100': '#f1f5f9',
  'slate-200': '#e2e8f0',
  'slate-300': '#cbd5e1',
  'slate-400': '#94a3b8',
  'slate-500': '#64748b',
  'slate-600': '#475569',
  'slate-700': '#334155',
  'slate-800': '#1e293b',
  'slate-900': '#0f172a',
  'stone-900': '#1c1917',
  'teal-700': '#0f766e',
  'violet-50': '#f5f3ff',
  'violet-600': '#7c3aed',
  'violet-800': '#5b21b6',
  white: '#ffffff',
  'yellow-100': '#fef9c3',
  'yellow-300': '#fde047',
  'yellow-400': '#facc15',
  'yellow-600': '#ca8a04',
  'yellow-700': '#a16207',
  'yellow-900': '#713f12',
  'yellow-950': '#422006',
  // The minimap's lane bands.
  'amber-250': '#f6c77d',
  'blue-250': '#9dbbe6',
  'gray-300': '#d4d8de',
  // The participant page's own tones.
  'gold-50': '#fff4d6',
  'gold-500': '#f0a500',
  'gold-600': '#d98c00',
  'crimson-600': '#c0392b',
  'crimson-700': '#a4161a',
  'indigo-50': '#eef2ff',
  'indigo-400': '#818cf8',
  'indigo-700': '#4338ca',
  'blue-70': '#e4ecff',
  'blue-650': '#2456c7',
  'gray-250': '#d5d9e0',
  'gray-450': '#8a93a3',
  'gray-600': '#5b6472',
  'gray-900': '#1d2430',
} as const satisfies Record<string, string>;
export type Tone = keyof typeof TONES;
export const TONE_NAMES = Object.keys(TONES) as Tone[];

/** A token's custom-property name, e.g. `--fg-slate-900`. */
export function tokenName(kind: TokenKind, tone: Tone): string {
  return `--${kind}-${tone}`;
}

/** The greys (slate's blue tint included): the high-contrast theme makes them black or white. */
function isNeutral(tone: Tone): boolean {
  return /^(white|slate|gray|stone)/.test(tone);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function chromaScaled(lab: Lab, lightness: number, chroma: number): Lab {
  return [clamp(lightness, 0, 100), lab[1] * chroma, lab[2] * chroma];
}

/**
 * The dark theme: light surfaces turn dark (keeping a hint of their hue), text darker than L* 80 turns light, and
 * lines invert around the page so a border stays as far from its surface as it was. Strong fills (L* < 50, such
 * as the toolbar and primary buttons) and the light text that sits on them stay as they are.
 */
function darkTone(lab: Lab, kind: TokenKind, neutral: boolean): Lab {
  const l = lab[0];
  if (kind === 'fg') return l >= 80 ? lab : chromaScaled(lab, 100 - 0.85 * l, 0.9);
  if (kind === 'bg') return l >= 50 ? chromaScaled(lab, 10 + (100 - l) * 0.45, 1) : lab;
  if (l >= 90) return chromaScaled(lab, 10 + (100 - l) * 1.3, 1);
  // A pale coloured line (a focus ring on the toolbar, the border of a warning) is already light: it stays.
  if (!neutral && l >= 70) return lab;
  return chromaScaled(lab, clamp(112 - l, 26, 96), 0.9);
}

/**
 * High contrast (on black, as Windows' high-contrast themes and a dark projector room want it): greys become black
 * surfaces, white text and near-white lines; a hue keeps its hue as a very dark surface, a light text or a bright
 * line. Halos (white lines that separate a mark from the page) become black like the page.
 */
function contrastTone(lab: Lab, kind: TokenKind, neutral: boolean): Lab {
  const l = lab[0];
  if (kind === 'fg') return neutral ? [100, 0, 0] : chromaScaled(lab, 90, 0.6);
  if (kind === 'bg') {
    if (neutral) return [0, 0, 0];
    return l >= 50 ? chromaScaled(lab, 8, 0.4) : chromaScaled(lab, 24, 0.8);
  }
  if (l >= 95) return [0, 0, 0];
  if (neutral) return [l >= 70 ? 82 : 100, 0, 0];
  return chromaScaled(lab, 80, 0.8);
}

const DERIVE: Readonly<Record<ThemeName, (lab: Lab, kind: TokenKind, neutral: boolean) => Lab>> = {
  light: (lab) => lab,
  dark: darkTone,
  contrast: contrastTone,
};

/** A theme's colours: every token's custom-property name → `#rrggbb`. */
export type ThemePalette = Readonly<Record<string, string>>;

function buildTheme(theme: ThemeName): ThemePalette {
  const out: Record<string, string> = {};
  for (const tone of TONE_NAMES) {
    const hex = TONES[tone];
    const lab = hexToLab(hex);
    for (const kind of TOKEN_KINDS) {
      out[tokenName(kind, tone)] = theme === 'light' ? hex : labToHex(DERIVE[theme](lab, kind, isNeutral(tone)));
    }
  }
  return out;
}

/** Every theme's palette, computed once. */
export const PALETTES: Readonly<Record<ThemeName, ThemePalette>> = {
  light: buildTheme('light'),
  dark: buildTheme('dark'),
  contrast: buildTheme('contrast'),
};

/** The colour of one token in one theme. */
export function tokenColour(theme: ThemeName, kind: TokenKind, tone: Tone): string {
  const colour = PALETTES[theme][tokenName(kind, tone)];
  if (!colour) throw new Error(`No colour for ${tokenName(kind, tone)}`);
  return colour;
}
