import { describe, expect, it } from 'vitest';
import { makeMap } from '../../test/helpers/makeMap';
import { applyCommand } from '../commands';
import type { EvidenceAnswer } from '../metrics/evidence';
import type { TandemDoc } from '../schema/document';
import { PROMISE_MIN_N, promiseRows, promiseStatus } from './promises';

/** `count` customer CSAT answers of `value` at `touchpoint`. */
const csat = (touchpoint: string, value: number, count: number): EvidenceAnswer[] =>
  Array.from({ length: count }, () => ({
    touchpoint,
    respondent: 'customer',
    question: 'csat',
    value: String(value),
    day: null,
  }));

function promised(doc: TandemDoc, key: string, promise: { text: string; metric: 'csat' | 'custom'; target?: number }) {
  const card = doc.cards.find((c) => c.key === key)!;
  return applyCommand(doc, { type: 'card/update', id: card.id, patch: { promise } }).doc;
}

describe('promiseStatus', () => {
  it('keeps a promise whose figure is exactly at the target with enough answers', () => {
    expect(promiseStatus('csat', { value: 80, n: PROMISE_MIN_N }, 80)).toEqual({ status: 'kept', reason: 'met' });
  });

  it('puts a promise at risk within the margin below the target, and breaks it further below', () => {
    // CSAT's margin is 5 points: 75 is at risk, 74.9 is broken.
    expect(promiseStatus('csat', { value: 75, n: 40 }, 80)).toEqual({ status: 'at_risk', reason: 'near' });
    expect(promiseStatus('csat', { value: 74.9, n: 40 }, 80)).toEqual({ status: 'broken', reason: 'missed' });
    expect(promiseStatus('ces', { value: 4.5, n: 40 }, 5)).toEqual({ status: 'at_risk', reason: 'near' });
    expect(promiseStatus('ces', { value: 4.49, n: 40 }, 5)).toEqual({ status: 'broken', reason: 'missed' });
  });

  it('calls a promise with too few answers at risk whatever the figure', () => {
    expect(promiseStatus('csat', { value: 100, n: PROMISE_MIN_N - 1 }, 80)).toEqual({
      status: 'at_risk',
      reason: 'fewAnswers',
    });
    expect(promiseStatus('csat', { value: 0, n: 1 }, 80).status).toBe('at_risk');
  });

  it('leaves a promise untested without answers or without a target', () => {
    expect(promiseStatus('csat', { value: null, n: 0 }, 80)).toEqual({ status: 'untested', reason: 'noAnswers' });
    expect(promiseStatus('csat', { value: 90, n: 40 }, null)).toEqual({ status: 'untested', reason: 'noTarget' });
  });
});

describe('promiseRows', () => {
  it('reads the figure and n at the card’s key and holds it to the map’s target (CSAT 80)', () => {
    const doc = promised(makeMap(), 'checkout', { text: 'You pay in under two minutes', metric: 'csat' });
    // 9 of 12 answers are 4–5: CSAT = 75.0 %, 5 points under 80 → at risk.
    const answers = [...csat('checkout', 5, 9), ...csat('checkout', 2, 3), ...csat('delivery', 1, 30)];
    const [row] = promiseRows(doc, answers);
    expect(row).toMatchObject({
      key: 'checkout',
      text: 'You pay in under two minutes',
      metric: 'csat',
      target: 80,
      ownTarget: false,
      value: 75,
      n: 12,
      status: 'at_risk',
      reason: 'near',
    });
  });

  it('holds a promise to its own target when it has one', () => {
    const doc = promised(makeMap(), 'checkout', { text: 'Nobody leaves unhappy', metric: 'csat', target: 70 });
    const [row] = promiseRows(doc, [...csat('checkout', 5, 9), ...csat('checkout', 2, 3)]);
    expect(row).toMatchObject({ target: 70, ownTarget: true, value: 75, status: 'kept' });
  });

  it('breaks a promise far below its target, and leaves a custom metric untested', () => {
    let doc = promised(makeMap(), 'checkout', { text: 'You pay in under two minutes', metric: 'csat' });
    doc = promised(doc, 'delivery', { text: 'On the day we said', metric: 'custom', target: 1 });
    const rows = promiseRows(doc, [...csat('checkout', 1, 20), ...csat('delivery', 5, 20)]);
    expect(rows.map((r) => [r.key, r.value, r.n, r.status, r.reason])).toEqual([
      ['checkout', 0, 20, 'broken', 'missed'],
      ['delivery', null, 0, 'untested', 'notComputed'],
    ]);
  });
});
