import { DEFAULT_INDEX, type IndexMetric, type IndexSetting } from '../schema/cxIndex';

/**
 * The CX + EX index: one 0–100 figure that puts customer and employee metrics side by side. Each part is first put
 * on 0–100 — NPS and eNPS as (x + 100) / 2, CSAT as it is, CES (1–7) as (x − 1) / 6 × 100 — and the parts are
 * averaged with the map's weights. It is computed from the unrounded figures and is null when any weighted part
 * has no answers, so an index never silently stands on one side alone.
 */

/** A metric's value on 0–100 as the index reads it. */
export function onIndexScale(metric: IndexMetric, value: number): number {
  if (metric === 'nps' || metric === 'enps') return (value + 100) / 2;
  if (metric === 'ces') return ((value - 1) / 6) * 100;
  return value;
}

/** The index of unrounded metric figures (0–100, unrounded); null when a part of weight above 0 has no answers. */
export function cxexIndex(
  figures: Readonly<Record<IndexMetric, number | null>>,
  setting: IndexSetting = DEFAULT_INDEX,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const { metric, weight } of setting.parts) {
    if (weight <= 0) continue;
    const value = figures[metric];
    if (value === null) return null;
    sum += weight * onIndexScale(metric, value);
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** How each metric appears in the index's formula (the metric names are the same in every language Tandem speaks). */
const TERM: Record<IndexMetric, string> = {
  nps: '(NPS + 100) / 2',
  enps: '(eNPS + 100) / 2',
  csat: 'CSAT %',
  ces: '(CES − 1) / 6 × 100',
};

/**
 * The index's formula as written math, e.g. "((NPS + 100) / 2 + (eNPS + 100) / 2) / 2", or with its weights
 * "(2 × (NPS + 100) / 2 + 1 × (eNPS + 100) / 2) / 3". Parts of weight 0 are left out.
 */
export function indexFormula(setting: IndexSetting = DEFAULT_INDEX): string {
  const parts = setting.parts.filter((p) => p.weight > 0);
  if (parts.length === 1) return TERM[parts[0]!.metric];
  const equal = parts.every((p) => p.weight === parts[0]!.weight);
  const total = parts.reduce((a, p) => a + p.weight, 0);
  const terms = parts.map((p) => (equal ? TERM[p.metric] : `${p.weight} × ${TERM[p.metric]}`));
  return `(${terms.join(' + ')}) / ${equal ? parts.length : Number(total.toPrecision(12))}`;
}
