/** JSON text with object keys sorted, so two parses of one value compare equal whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Whether two JSON values are the same, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Most entities of one map keep their key order: the cheap comparison settles nearly all of them.
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return stable(a) === stable(b);
}

/** The fields of two versions of one object that differ, sorted by name. */
export function changedFields(a: object, b: object): string[] {
  if (a === b) return [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => !sameValue(ra[k], rb[k])).sort();
}
