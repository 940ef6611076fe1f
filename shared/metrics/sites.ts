import { MAX_SITE_LENGTH } from './surveySchemas';

/**
 * A survey file's site (a store, a branch, a region) as stored: trimmed and in Unicode NFC, so "Café" typed on
 * two machines is one site; null for an empty field. Too long a name is an error the row reports.
 */
export function normaliseSite(raw: string | undefined): { site: string | null } | { error: string } {
  const site = (raw ?? '').trim().normalize('NFC');
  if (site === '') return { site: null };
  if ([...site].length > MAX_SITE_LENGTH) return { error: `site is longer than ${MAX_SITE_LENGTH} characters` };
  return { site };
}

/**
 * Orders site names by Unicode code point: the same order on every machine and in every UI language (a locale's
 * collation would put "Ärhus" in a different place in Swedish and in German). Used by the statistics and the review.
 */
export function compareSites(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
