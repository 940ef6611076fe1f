import { describe, expect, it } from 'vitest';
import type { PeriodStats } from '../metrics/surveySchemas';
import { createFromTemplate } from '../templates';
import { localeFor } from '../vocabulary';
import { trendGrain, trendSection } from './printTrend';

const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
const receive = doc.stages.find((s) => s.name === 'Receive')!;
const period = (p: string, nps: number | null, ces: number | null): PeriodStats => ({
  period: p,
  touchpoints: [],
  stages: [{ id: receive.id, name: receive.name, metrics: { nps, csat: null, ces, enps: null, index: null } }],
});
const en = localeFor('en');

describe('the trend in the PDF appendix', () => {
  it('prints a table per metric with a row per stage that has figures, rounded and marked as the scorecard does', () => {
    const html = trendSection(
      doc,
      { by: 'month', periods: [period('2026-09', -12.5, 4.5), period('2026-10', 31, null)] },
      en,
    );
    expect(html).toContain('<h2>Trend by month</h2>');
    // NPS target +30: −12.5 misses it, +31 meets it. CES target 5.00, two decimals: 4.50 is within 0.5, near.
    expect(html).toMatch(/NPS · target \+30<\/h3>.*<th class="num">2026-09<\/th><th class="num">2026-10<\/th>/);
    expect(html).toContain('<td>Receive</td><td class="num">−12.5 ✗</td><td class="num">+31 ✓</td>');
    expect(html).toContain('<td class="num">4.50 ≈</td><td class="num"><span style="color:#9aa5b1">—</span></td>');
    // Stages without a figure in any period are left out, and so are metrics with no figure at all.
    expect(html).not.toContain('<td>Buy</td>');
    expect(html).not.toMatch(/CSAT[^<]*<\/h3>/);
  });

  it('prints nothing with fewer than two periods, and in the map language otherwise', () => {
    expect(trendSection(doc, { by: 'month', periods: [period('2026-09', 10, null)] }, en)).toBe('');
    expect(trendSection(doc, undefined, en)).toBe('');
    const pl = trendSection(
      doc,
      { by: 'quarter', periods: [period('2026-Q3', 10.25, null), period('2026-Q4', 20, null)] },
      localeFor('pl'),
    );
    expect(pl).toContain('<h2>Trend kwartalny</h2>');
    expect(pl).toContain('+10,3');
  });

  it('goes by quarter once the answers span more than twelve months', () => {
    expect(trendGrain(12)).toBe('month');
    expect(trendGrain(13)).toBe('quarter');
  });
});
