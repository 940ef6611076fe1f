import { describe, expect, it } from 'vitest';
import { applyAll, makeMap } from '../../test/helpers/makeMap';
import { makeOpportunity, makePainPoint } from '../factories';
import type { TandemDoc } from '../schema/document';
import { actionEffect, addDays, EFFECT_MIN_N, effectPeriods } from './effect';
import type { EvidenceAnswer } from './evidence';

const answer = (
  day: string | null,
  question: string,
  value: string | number,
  touchpoint = 'checkout',
): EvidenceAnswer => ({
  touchpoint,
  respondent: question === 'enps' ? 'employee' : 'customer',
  question,
  value: String(value),
  day,
});
const many = (count: number, day: string, question: string, value: number, touchpoint?: string) =>
  Array.from({ length: count }, () => answer(day, question, value, touchpoint));

/** The sample map with a done action answering a pain point at the checkout (and one at an unkeyed card). */
function withAction(doneAt: string): { doc: TandemDoc; id: string } {
  const doc = makeMap();
  const checkout = doc.cards.find((c) => c.key === 'checkout')!;
  const plain = doc.cards.find((c) => c.key === null)!;
  const p1 = makePainPoint({ cardId: checkout.id, title: 'Queue at the till' });
  const p2 = makePainPoint({ cardId: plain.id, title: 'Unclear receipt' });
  const action = makeOpportunity({ title: 'Faster POS', painPointIds: [p1.id, p2.id], status: 'done', doneAt });
  return {
    doc: applyAll(doc, [
      { type: 'painPoint/add', painPoint: p1 },
      { type: 'painPoint/add', painPoint: p2 },
      { type: 'opportunity/add', opportunity: action },
    ]),
    id: action.id,
  };
}

describe('effectPeriods', () => {
  it('compares the 90 days before the done day with the 90 days after it, leaving the day itself out', () => {
    expect(effectPeriods('2026-03-01')).toEqual({
      before: { from: '2025-12-01', to: '2026-02-28' },
      after: { from: '2026-03-02', to: '2026-05-30' },
    });
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('actionEffect', () => {
  it('gives CSAT and CES before and after with n and the change, on hand-computed answers', () => {
    const { doc, id } = withAction('2026-10-15');
    const answers = [
      // Before: 10 CSAT answers, 5 of them 4–5 → 50 %; CES 10 × 3 → 3.00.
      ...many(5, '2026-10-14', 'csat', 5),
      ...many(5, '2026-07-17', 'csat', 2),
      ...many(10, '2026-10-01', 'ces', 3),
      // After: 12 CSAT answers, 9 of them 4–5 → 75 %; CES 10 × 5 + 2 × 2 → 54 / 12 = 4.50.
      ...many(9, '2026-10-16', 'csat', 4),
      ...many(3, '2027-01-13', 'csat', 1),
      ...many(10, '2026-11-01', 'ces', 5),
      ...many(2, '2026-11-02', 'ces', 2),
    ];
    const effect = actionEffect(doc, doc.opportunities.find((o) => o.id === id)!, answers)!;
    expect(effect.before).toEqual({ from: '2026-07-17', to: '2026-10-14' });
    expect(effect.after).toEqual({ from: '2026-10-16', to: '2027-01-13' });
    expect(effect.touchpoints.map((t) => t.key)).toEqual(['checkout']);
    expect(effect.touchpoints[0]!.metrics).toEqual([
      {
        metric: 'csat',
        before: { value: 50, n: 10, enough: true },
        after: { value: 75, n: 12, enough: true },
        change: 25,
      },
      {
        metric: 'ces',
        before: { value: 3, n: 10, enough: true },
        after: { value: 4.5, n: 12, enough: true },
        change: 1.5,
      },
    ]);
  });

  it('leaves out answers on the done day, outside the 90 days, without a time or at other touchpoints', () => {
    const { doc, id } = withAction('2026-10-15');
    const answers = [
      ...many(10, '2026-10-15', 'nps', 10),
      ...many(10, '2026-07-16', 'nps', 10),
      ...many(10, '2027-01-14', 'nps', 10),
      answer(null, 'nps', 10),
      ...many(10, '2026-10-10', 'nps', 10, 'delivery'),
    ];
    const effect = actionEffect(doc, doc.opportunities.find((o) => o.id === id)!, answers)!;
    expect(effect.touchpoints[0]!.metrics).toEqual([]);
  });

  it('says "too few" instead of a figure when a side has fewer answers than the minimum', () => {
    const { doc, id } = withAction('2026-10-15');
    const answers = [...many(EFFECT_MIN_N - 1, '2026-10-01', 'nps', 10), ...many(EFFECT_MIN_N, '2026-10-20', 'nps', 0)];
    const [nps] = actionEffect(doc, doc.opportunities.find((o) => o.id === id)!, answers)!.touchpoints[0]!.metrics;
    expect(nps).toEqual({
      metric: 'nps',
      before: { value: null, n: EFFECT_MIN_N - 1, enough: false },
      after: { value: -100, n: EFFECT_MIN_N, enough: true },
      change: null,
    });
  });

  it('has no effect for an action that is not done, or done without a day', () => {
    const { doc, id } = withAction('2026-10-15');
    const action = doc.opportunities.find((o) => o.id === id)!;
    expect(actionEffect(doc, { ...action, status: 'in_progress', doneAt: undefined }, [])).toBeNull();
    expect(actionEffect(doc, { ...action, doneAt: undefined }, [])).toBeNull();
  });
});
