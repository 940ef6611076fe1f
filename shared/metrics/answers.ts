/**
 * Reading raw survey answers: yes/no spellings and numeric scales. Pure, shared by the importer (which
 * validates every row with it) and the statistics (whose SQL is generated from the same spellings).
 */

/** Spellings read as "yes", compared after trimming and lower-casing. */
export const YES_SPELLINGS = ['yes', 'y', 'true', '1'] as const;
/** Spellings read as "no", compared after trimming and lower-casing. */
export const NO_SPELLINGS = ['no', 'n', 'false', '0'] as const;

const yes = new Set<string>(YES_SPELLINGS);
const no = new Set<string>(NO_SPELLINGS);

/** Reads a yes/no answer: yes/no, y/n, true/false, 1/0 in any case, surrounding spaces ignored; null if it is none of them. */
export function parseYesNo(raw: string): boolean | null {
  const s = raw.trim().toLowerCase();
  if (yes.has(s)) return true;
  if (no.has(s)) return false;
  return null;
}

/** A closed numeric answer scale of whole numbers. */
export interface Scale {
  /** Short name used in messages, e.g. "NPS". */
  label: string;
  min: number;
  max: number;
}

/** The scales of the standard metrics. eNPS asks the same 0–10 question of employees. */
export const SCALES = {
  nps: { label: 'NPS', min: 0, max: 10 },
  enps: { label: 'eNPS', min: 0, max: 10 },
  csat: { label: 'CSAT', min: 1, max: 5 },
  ces: { label: 'CES', min: 1, max: 7 },
} as const satisfies Record<string, Scale>;

/** The metric kinds answered on a numeric scale. */
export type ScaleKind = keyof typeof SCALES;

/** Outcome of reading one answer: the value, or a sentence saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Reads a whole number on `scale` from raw text, ignoring surrounding spaces; out-of-scale or non-numeric text is an error. */
export function parseScaleValue(raw: string, scale: Scale): Parsed<number> {
  const s = raw.trim();
  const range = `${scale.label} answers are whole numbers from ${scale.min} to ${scale.max}`;
  if (s === '') return { ok: false, error: `the answer is empty (${range})` };
  // Plain digits only: the statistics read stored answers with the same rule in SQL, where "+5" would not count.
  if (/^-\d+$/.test(s)) return { ok: false, error: `${s} is outside the scale (${range})` };
  if (!/^\d+$/.test(s)) return { ok: false, error: `"${s}" is not a whole number (${range})` };
  const value = Number(s);
  if (value < scale.min || value > scale.max) return { ok: false, error: `${s} is outside the scale (${range})` };
  return { ok: true, value };
}

/** Throws a RangeError naming the first value that is not a whole number on the scale (the metric functions' guard). */
export function assertOnScale(values: readonly number[], scale: Scale): void {
  for (const v of values) {
    if (!Number.isInteger(v) || v < scale.min || v > scale.max) {
      throw new RangeError(
        `${scale.label} answers are whole numbers from ${scale.min} to ${scale.max}; got ${String(v)}`,
      );
    }
  }
}
