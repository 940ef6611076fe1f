import { describe, expect, it } from 'vitest';
import { COLOUR_VISIONS, contrastRatio, deltaE, relativeLuminance, simulateVision } from './colour';
import { DISTINCT_PAIRS, MARK_PAIRS, TEXT_PAIRS, type TonePair } from './pairs';
import { PALETTES, THEMES, TONE_NAMES, TOKEN_KINDS, tokenColour, tokenName } from './palette';

/** The pairs below a ratio in a theme, written so a failure says which and where. */
function below(theme: (typeof THEMES)[number], pairs: readonly TonePair[], kind: 'fg' | 'line', min: number): string[] {
  return pairs
    .map((p) => ({ p, ratio: contrastRatio(tokenColour(theme, kind, p.fg), tokenColour(theme, 'bg', p.bg)) }))
    .filter(({ ratio }) => ratio < min)
    .map(({ p, ratio }) => `${theme}: ${kind}-${p.fg} on bg-${p.bg} (${p.where}) is ${ratio.toFixed(2)}:1`);
}

describe('colour maths', () => {
  it('measures contrast as WCAG does: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2563eb', '#2563eb')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 5);
  });

  it('simulates the dichromacies: red and green collapse for protanopes and deuteranopes, not for tritanopes', () => {
    const red = '#d62728';
    const green = '#2ca02c';
    expect(deltaE(red, green)).toBeGreaterThan(50);
    expect(deltaE(simulateVision(red, 'deuteranopia'), simulateVision(green, 'deuteranopia'))).toBeLessThan(25);
    expect(deltaE(simulateVision(red, 'protanopia'), simulateVision(green, 'protanopia'))).toBeLessThan(40);
    expect(deltaE(simulateVision(red, 'tritanopia'), simulateVision(green, 'tritanopia'))).toBeGreaterThan(40);
    // Greys look the same to everyone.
    expect(deltaE(simulateVision('#808080', 'tritanopia'), '#808080')).toBeLessThan(1);
  });
});

describe('the palette', () => {
  it('gives every tone a colour of every kind in every theme', () => {
    for (const theme of THEMES) {
      for (const tone of TONE_NAMES) {
        for (const kind of TOKEN_KINDS) expect(PALETTES[theme][tokenName(kind, tone)]).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('turns the page dark in the dark theme and black in high contrast, with light text on it', () => {
    expect(relativeLuminance(tokenColour('dark', 'bg', 'white'))).toBeLessThan(0.03);
    expect(tokenColour('contrast', 'bg', 'white')).toBe('#000000');
    expect(tokenColour('contrast', 'fg', 'slate-900')).toBe('#ffffff');
    expect(relativeLuminance(tokenColour('dark', 'fg', 'slate-900'))).toBeGreaterThan(0.6);
  });

  for (const theme of THEMES) {
    it(`keeps every text at 4.5:1 or more on its surface in the ${theme} theme`, () => {
      expect(below(theme, TEXT_PAIRS, 'fg', 4.5)).toEqual([]);
    });

    it(`keeps every essential mark at 3:1 or more on its surface in the ${theme} theme`, () => {
      expect(below(theme, MARK_PAIRS, 'line', 3)).toEqual([]);
    });
  }

  it('fails a pair that is too faint, so the checks above can fail', () => {
    const faint: TonePair = { fg: 'slate-300', bg: 'white', where: 'a deliberately faint pair' };
    expect(below('light', [faint], 'fg', 4.5)).toHaveLength(1);
  });
});

/**
 * The rule: two colours that tell meanings apart must stay at least ΔE*ab 12 apart (clearly distinct side by side)
 * for each simulated dichromacy — or the meaning must also be carried by a glyph, a dash pattern or a word, named
 * in DISTINCT_PAIRS. Pairs without a second channel are held to the ΔE rule alone.
 */
describe('the palette for readers with a colour-vision deficiency', () => {
  const MIN_DELTA_E = 12;
  for (const theme of THEMES) {
    it(`tells every meaning-carrying pair apart by colour or by a second channel in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (const pair of DISTINCT_PAIRS) {
        for (const vision of COLOUR_VISIONS) {
          const a = simulateVision(tokenColour(theme, 'line', pair.a), vision);
          const b = simulateVision(tokenColour(theme, 'line', pair.b), vision);
          if (deltaE(a, b) < MIN_DELTA_E && !pair.glyph) failures.push(`${pair.meaning} under ${vision}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('needs the second channel: some pairs do collapse under a deficiency, which their glyphs then carry', () => {
    const collapsed = DISTINCT_PAIRS.filter((pair) =>
      COLOUR_VISIONS.some(
        (vision) =>
          deltaE(
            simulateVision(tokenColour('light', 'line', pair.a), vision),
            simulateVision(tokenColour('light', 'line', pair.b), vision),
          ) < MIN_DELTA_E,
      ),
    );
    expect(collapsed.every((pair) => pair.glyph !== null)).toBe(true);
  });
});
