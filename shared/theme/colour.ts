/** An sRGB colour as three channels 0–255. */
export type Rgb = readonly [number, number, number];
/** A colour in CIE L*a*b* (D65): L 0–100, a and b roughly −128…127. */
export type Lab = readonly [number, number, number];

/** Parses `#rrggbb` or `#rgb`; throws on anything else, since a palette with a bad colour must not load. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`Not a hex colour: ${hex}`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [Number.parseInt(h.slice(0, 2), 16), Number.parseInt(h.slice(2, 4), 16), Number.parseInt(h.slice(4, 6), 16)];
}

/** Writes a colour as `#rrggbb`, clamping each channel into 0–255. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** The three linear-light channels 0–1 of an sRGB colour. */
export function linearRgb(rgb: Rgb): [number, number, number] {
  return [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
}

/** The sRGB colour of three linear-light channels (clamped into the gamut). */
export function fromLinearRgb(linear: readonly [number, number, number]): Rgb {
  return [fromLinear(linear[0]), fromLinear(linear[1]), fromLinear(linear[2])];
}

/** WCAG 2.x relative luminance of a colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = linearRgb(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two colours, 1 (none) to 21 (black on white), whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// D65 white point of sRGB, for XYZ ↔ Lab.
const WHITE = [0.95047, 1, 1.08883] as const;
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

/** CIE L*a*b* of an sRGB colour. */
export function hexToLab(hex: string): Lab {
  const [r, g, b] = linearRgb(parseHex(hex));
  const xyz = [
    0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
    0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    0.0193339 * r + 0.119192 * g + 0.9503041 * b,
  ];
  const f = xyz.map((v, i) => {
    const t = v / (WHITE[i] ?? 1);
    return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
  });
  const [fx = 0, fy = 0, fz = 0] = f;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** The sRGB colour (as `#rrggbb`) nearest a L*a*b* colour; out-of-gamut channels are clamped. */
export function labToHex(lab: Lab): string {
  const fy = (lab[0] + 16) / 116;
  const fx = fy + lab[1] / 500;
  const fz = fy - lab[2] / 200;
  const inv = (t: number) => (t ** 3 > EPSILON ? t ** 3 : (116 * t - 16) / KAPPA);
  const x = inv(fx) * WHITE[0];
  const y = lab[0] > KAPPA * EPSILON ? fy ** 3 : lab[0] / KAPPA;
  const z = inv(fz) * WHITE[2];
  return toHex(
    fromLinearRgb([
      3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
      -0.969266 * x + 1.8760108 * y + 0.041556 * z,
      0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
    ]),
  );
}

/** CIE76 colour difference ΔE*ab of two colours: about 2 is just noticeable, above 10 clearly different. */
export function deltaE(a: string, b: string): number {
  const la = hexToLab(a);
  const lb = hexToLab(b);
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** The colour-vision deficiencies the palette is checked for (the dichromacies: one cone type missing). */
export type ColourVision = 'protanopia' | 'deuteranopia' | 'tritanopia';
export const COLOUR_VISIONS: readonly ColourVision[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/**
 * Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1.0, applied to linear RGB — the standard
 * model behind Chromium's DevTools "Emulate vision deficiencies".
 */
const MACHADO: Readonly<Record<ColourVision, readonly (readonly [number, number, number])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a colour looks to someone with the given colour-vision deficiency, as `#rrggbb`. */
export function simulateVision(hex: string, vision: ColourVision): string {
  const lin = linearRgb(parseHex(hex));
  const m = MACHADO[vision];
  const row = (i: number) => {
    const r = m[i] ?? [0, 0, 0];
    return r[0] * lin[0] + r[1] * lin[1] + r[2] * lin[2];
  };
  return toHex(fromLinearRgb([row(0), row(1), row(2)]));
}
