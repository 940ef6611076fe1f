import { describe, expect, it } from 'vitest';
import { SCALES, parseScaleValue, parseYesNo } from './answers';
import { ces, csat, enps, nps, npsFromCounts, roundTo, yesShare } from './formulas';
import { gapFromCounts, perceptionGap, type LinkedPair } from './gaps';
import { PRIORITY_FORMULA, priorityScore } from './priority';

describe('parseYesNo', () => {
  it('reads yes/no, y/n, true/false and 1/0 in any case, ignoring surrounding spaces', () => {
    for (const s of ['yes', 'YES', 'Yes', ' y ', 'Y', 'true', 'TRUE', 'True', '1', '\t1 '])
      expect(parseYesNo(s), s).toBe(true);
    for (const s of ['no', 'NO', 'No', ' n', 'N', 'false', 'FALSE', 'False', '0', ' 0 '])
      expect(parseYesNo(s), s).toBe(false);
  });

  it('returns null for anything else, including empty text and look-alikes', () => {
    for (const s of ['', ' ', 'maybe', 'yess', '2', '01', 'ja', 't', 'f', 'y es']) expect(parseYesNo(s), s).toBeNull();
  });
});

describe('parseScaleValue', () => {
  it('reads whole numbers on the scale, trimming spaces', () => {
    expect(parseScaleValue(' 5 ', SCALES.csat)).toEqual({ ok: true, value: 5 });
    expect(parseScaleValue('0', SCALES.nps)).toEqual({ ok: true, value: 0 });
    expect(parseScaleValue('10', SCALES.nps)).toEqual({ ok: true, value: 10 });
    expect(parseScaleValue('7', SCALES.ces)).toEqual({ ok: true, value: 7 });
  });

  it('refuses values outside the scale, fractions, words and empty answers with a sentence', () => {
    expect(parseScaleValue('11', SCALES.nps)).toEqual({
      ok: false,
      error: '11 is outside the scale (NPS answers are whole numbers from 0 to 10)',
    });
    expect(parseScaleValue('0', SCALES.csat)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/outside the scale.*1 to 5/),
    });
    expect(parseScaleValue('8', SCALES.ces)).toMatchObject({ ok: false });
    expect(parseScaleValue('4.5', SCALES.csat)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"4.5" is not a whole number/),
    });
    expect(parseScaleValue('five', SCALES.csat)).toMatchObject({ ok: false });
    expect(parseScaleValue('  ', SCALES.csat)).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
  });
});

describe('nps and enps', () => {
  it('is the share of 9–10 minus the share of 0–6, in percent points', () => {
    // 2 promoters (9, 10), 2 passives (7, 8), 1 detractor (6) of 5: 40 − 20 = 20.
    expect(nps([9, 10, 7, 8, 6])).toBe(20);
    // 1 promoter, 2 detractors of 3: 33.33 − 66.67 = −33.33.
    expect(nps([10, 0, 6])).toBeCloseTo(-33.333, 3);
    expect(nps([10, 10])).toBe(100);
    expect(nps([0, 6])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });

  it('counts 9 as a promoter and 6 as a detractor (the boundaries)', () => {
    expect(nps([9])).toBe(100);
    expect(nps([6])).toBe(-100);
    expect(nps([8])).toBe(0);
    expect(nps([7])).toBe(0);
  });

  it('is null for no answers, never NaN', () => {
    expect(nps([])).toBeNull();
    expect(enps([])).toBeNull();
    expect(npsFromCounts({ n: 0, promoters: 0, detractors: 0 })).toBeNull();
  });

  it('throws on a value outside 0–10 or a fraction', () => {
    expect(() => nps([11])).toThrow(/0 to 10; got 11/);
    expect(() => nps([-1])).toThrow(RangeError);
    expect(() => enps([7.5])).toThrow(/eNPS/);
    expect(() => nps([Number.NaN])).toThrow(RangeError);
  });

  it('computes eNPS with the same arithmetic on employee answers', () => {
    expect(enps([9, 10, 7, 8, 6])).toBe(20);
  });
});

describe('csat', () => {
  it('is the share of 4–5 answers on a 1–5 scale', () => {
    // 4 and 5 are satisfied, 3 is not: 2 of 3.
    expect(csat([4, 5, 3])).toBeCloseTo(66.667, 3);
    expect(csat([3, 3])).toBe(0);
    expect(csat([4])).toBe(100);
  });

  it('is null for no answers and throws outside 1–5', () => {
    expect(csat([])).toBeNull();
    expect(() => csat([0])).toThrow(/CSAT/);
    expect(() => csat([6])).toThrow(RangeError);
  });
});

describe('ces', () => {
  it('is the mean answer on a 1–7 scale', () => {
    expect(ces([1, 7])).toBe(4);
    expect(ces([5, 6, 6])).toBeCloseTo(5.667, 3);
  });

  it('is null for no answers and throws outside 1–7', () => {
    expect(ces([])).toBeNull();
    expect(() => ces([8])).toThrow(/CES/);
  });
});

describe('yesShare', () => {
  it('is the percentage of yes answers; null for none', () => {
    expect(yesShare([true, false, true, true])).toBe(75);
    expect(yesShare([false])).toBe(0);
    expect(yesShare([])).toBeNull();
  });
});

describe('roundTo', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundTo(12.25, 1)).toBe(12.3);
    expect(roundTo(-12.25, 1)).toBe(-12.3);
    expect(roundTo(6.25, 1)).toBe(6.3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(roundTo(1 / 3, 3)).toBe(0.333);
    expect(roundTo(200 / 3, 1)).toBe(66.7);
  });

  it('keeps null, and turns non-finite numbers into null', () => {
    expect(roundTo(null, 1)).toBeNull();
    expect(roundTo(Number.NaN, 1)).toBeNull();
    expect(roundTo(Infinity, 1)).toBeNull();
  });
});

const pairs = (agree: number, disagree: number): LinkedPair[] => [
  ...Array.from({ length: agree }, () => ({ customer: true, employee: true })),
  ...Array.from({ length: disagree }, (_, i) =>
    i % 2 ? { customer: true, employee: false } : { customer: false, employee: true },
  ),
];

describe('perceptionGap', () => {
  const rule = { threshold: 0.25, minPairs: 10 };

  it('counts pairs whose answers differ, in either direction', () => {
    const gap = perceptionGap(
      [
        { customer: true, employee: false },
        { customer: false, employee: true },
        { customer: true, employee: true },
        { customer: false, employee: false },
      ],
      { threshold: 0.5, minPairs: 1 },
    );
    expect(gap).toEqual({ pairs: 4, disagree: 2, share: 0.5, flagged: true });
  });

  it('flags a share exactly at the threshold (a tie is flagged)', () => {
    // 3 of 12 = 0.25 exactly.
    expect(perceptionGap(pairs(9, 3), rule)).toEqual({ pairs: 12, disagree: 3, share: 0.25, flagged: true });
  });

  it('does not flag a share just below the threshold', () => {
    // 2 of 10 = 0.2.
    expect(perceptionGap(pairs(8, 2), rule)).toMatchObject({ share: 0.2, flagged: false });
    // 6 of 25 = 0.24.
    expect(perceptionGap(pairs(19, 6), rule)).toMatchObject({ share: 0.24, flagged: false });
  });

  it('flags exactly at the minimum number of pairs, and not one below it', () => {
    // 10 pairs, 5 disagree: 0.5 with exactly minPairs.
    expect(perceptionGap(pairs(5, 5), rule)).toMatchObject({ pairs: 10, flagged: true });
    // 9 pairs, all disagree: share 1 but too few pairs.
    expect(perceptionGap(pairs(0, 9), rule)).toMatchObject({ pairs: 9, share: 1, flagged: false });
  });

  it('treats decimal thresholds as ties when the share equals them (0.3 = 3/10, 0.35 = 7/20)', () => {
    expect(perceptionGap(pairs(7, 3), { threshold: 0.3, minPairs: 10 }).flagged).toBe(true);
    expect(perceptionGap(pairs(13, 7), { threshold: 0.35, minPairs: 10 }).flagged).toBe(true);
    expect(perceptionGap(pairs(14, 6), { threshold: 0.35, minPairs: 10 }).flagged).toBe(false);
    expect(gapFromCounts(10, 3, { threshold: 0.1 * 3, minPairs: 1 }).flagged).toBe(true);
  });

  it('has a null share and no flag when there are no pairs, never NaN', () => {
    expect(perceptionGap([], rule)).toEqual({ pairs: 0, disagree: 0, share: null, flagged: false });
    expect(perceptionGap([], { threshold: 0, minPairs: 1 })).toEqual({
      pairs: 0,
      disagree: 0,
      share: null,
      flagged: false,
    });
  });

  it('flags every touchpoint with pairs when the threshold is 0 and one pair suffices', () => {
    expect(perceptionGap(pairs(1, 0), { threshold: 0, minPairs: 1 })).toMatchObject({ share: 0, flagged: true });
  });
});

describe('priorityScore', () => {
  it('is severity × reach × (1 + votes / 10)', () => {
    expect(priorityScore({ severity: 5, reach: 4, votes: 6 })).toBe(32);
    expect(priorityScore({ severity: 3, reach: 2, votes: 0 })).toBe(6);
    expect(priorityScore({ severity: 1, reach: 1, votes: 10 })).toBe(2);
    expect(priorityScore({ severity: 4, reach: 5, votes: 4 })).toBe(28);
    expect(priorityScore({ severity: 3, reach: 3, votes: 1 })).toBe(9.9);
  });

  it('publishes the formula for the UI', () => {
    expect(PRIORITY_FORMULA).toBe('severity × reach × (1 + votes ÷ 10)');
  });
});
