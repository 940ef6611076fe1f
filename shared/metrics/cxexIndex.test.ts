import { describe, expect, it } from 'vitest';
import { indexSettingSchema } from '../schema/cxIndex';
import { cxexIndex, indexFormula, onIndexScale } from './cxexIndex';
import { npsFromCounts, roundTo } from './formulas';
import { siteComparison } from './siteComparison';
import { compareSites, normaliseSite } from './sites';
import { readRow, resolveColumns } from './surveyRows';

const none = { nps: null, csat: null, ces: null, enps: null };

describe('the CX + EX index', () => {
  it('is the mean of (NPS + 100) / 2 and (eNPS + 100) / 2 by default', () => {
    // NPS 20 → 60, eNPS −40 → 30; mean 45.
    expect(cxexIndex({ ...none, nps: 20, enps: -40 })).toBe(45);
    // The ends of the scale: −100 and −100 → 0, 100 and 100 → 100.
    expect(cxexIndex({ ...none, nps: -100, enps: -100 })).toBe(0);
    expect(cxexIndex({ ...none, nps: 100, enps: 100 })).toBe(100);
  });

  it('is null when either side has no answers, never one side alone', () => {
    expect(cxexIndex({ ...none, nps: 50 })).toBeNull();
    expect(cxexIndex({ ...none, enps: 50 })).toBeNull();
    expect(cxexIndex(none)).toBeNull();
  });

  it('is computed from the unrounded figures, not from the rounded ones shown', () => {
    // NPS of 3 answers [10, 10, 0]: 100 × 1 / 3 = 33.33…; eNPS of 8 answers, 3 promoters, 2 detractors: 12.5.
    const nps = npsFromCounts({ n: 3, promoters: 2, detractors: 1 })!;
    const enps = npsFromCounts({ n: 8, promoters: 3, detractors: 2 })!;
    // (66.666… + 56.25) / 2 = 61.458… → 61.5.
    expect(roundTo(cxexIndex({ ...none, nps, enps }), 1)).toBe(61.5);
    // Where the two part: NPS of 23 answers, 4 promoters, no detractors = 17.391… (shown 17.4), eNPS 0 → 50.
    // Unrounded: (58.695… + 50) / 2 = 54.347… → 54.3; from the shown 17.4 it would be (58.7 + 50) / 2 = 54.35 → 54.4.
    const nps23 = npsFromCounts({ n: 23, promoters: 4, detractors: 0 })!;
    expect(roundTo(nps23, 1)).toBe(17.4);
    expect(roundTo(cxexIndex({ ...none, nps: nps23, enps: 0 }), 1)).toBe(54.3);
    expect(roundTo(cxexIndex({ ...none, nps: roundTo(nps23, 1), enps: 0 }), 1)).toBe(54.4);
  });

  it('rounds a tie at the half away from zero, like every other figure', () => {
    // NPS 1 → 50.5, eNPS 0 → 50: 50.25 → 50.3.
    expect(roundTo(cxexIndex({ ...none, nps: 1, enps: 0 }), 1)).toBe(50.3);
  });

  it("takes the map's weights and metrics", () => {
    const weighted = {
      parts: [
        { metric: 'nps' as const, weight: 3 },
        { metric: 'enps' as const, weight: 1 },
      ],
    };
    // NPS 20 → 60 (× 3), eNPS −40 → 30 (× 1): 210 / 4 = 52.5.
    expect(cxexIndex({ ...none, nps: 20, enps: -40 }, weighted)).toBe(52.5);
    // CSAT 80 as it is, CES 4 → (4 − 1) / 6 × 100 = 50: mean 65.
    const customer = {
      parts: [
        { metric: 'csat' as const, weight: 1 },
        { metric: 'ces' as const, weight: 1 },
      ],
    };
    expect(cxexIndex({ ...none, csat: 80, ces: 4 }, customer)).toBe(65);
    // A part of weight 0 is left out, so its missing answers do not blank the index.
    const npsOnly = {
      parts: [
        { metric: 'nps' as const, weight: 1 },
        { metric: 'enps' as const, weight: 0 },
      ],
    };
    expect(cxexIndex({ ...none, nps: 20 }, npsOnly)).toBe(60);
    expect(onIndexScale('ces', 7)).toBe(100);
  });

  it('writes its formula, with the weights when they differ', () => {
    expect(indexFormula()).toBe('((NPS + 100) / 2 + (eNPS + 100) / 2) / 2');
    expect(
      indexFormula({
        parts: [
          { metric: 'nps', weight: 2 },
          { metric: 'csat', weight: 1 },
        ],
      }),
    ).toBe('(2 × (NPS + 100) / 2 + 1 × CSAT %) / 3');
    expect(indexFormula({ parts: [{ metric: 'enps', weight: 1 }] })).toBe('(eNPS + 100) / 2');
  });

  it('refuses a setting with a metric twice, no weight above 0 or a weight out of range', () => {
    const twice = indexSettingSchema.safeParse({
      parts: [
        { metric: 'nps', weight: 1 },
        { metric: 'nps', weight: 2 },
      ],
    });
    expect(twice.error?.issues[0]?.message).toBe('each metric may be in the index once');
    const zero = indexSettingSchema.safeParse({ parts: [{ metric: 'nps', weight: 0 }] });
    expect(zero.error?.issues[0]?.message).toBe('at least one index weight must be above 0');
    const big = indexSettingSchema.safeParse({ parts: [{ metric: 'nps', weight: 101 }] });
    expect(big.error?.issues[0]?.message).toBe('an index weight must be 0–100');
    const odd = indexSettingSchema.safeParse({ parts: [{ metric: 'yes_share', weight: 1 }] });
    expect(odd.error?.issues[0]?.message).toBe('an index part must be nps, enps, csat or ces, not "yes_share"');
  });
});

describe('sites', () => {
  it('trims a site, writes it in NFC and reads an empty field as no site', () => {
    // "Café" with a combining acute (NFD) becomes the single code point é (NFC).
    expect(normaliseSite('  Cafe\u0301 ')).toEqual({ site: 'Caf\u00e9' });
    expect(normaliseSite('   ')).toEqual({ site: null });
    expect(normaliseSite(undefined)).toEqual({ site: null });
    expect(normaliseSite('x'.repeat(121))).toEqual({ error: 'site is longer than 120 characters' });
    // Length counts characters, not UTF-16 units: 120 astral characters are within the bound.
    expect(normaliseSite('𠀀'.repeat(120))).toEqual({ site: '𠀀'.repeat(120) });
  });

  it('sorts sites by code point, the same in every locale', () => {
    const sites = ['Москва', 'berlin', '北京', 'Zürich', 'Berlin', '𠀀', 'ﬀ'];
    // Code points: B (0x42) < Z < b (0x62) < М (0x41C) < 北 (0x5317) < ﬀ (0xFB00) < 𠀀 (0x20000), which a UTF-16
    // comparison would put before ﬀ.
    expect([...sites].sort(compareSites)).toEqual(['Berlin', 'Zürich', 'berlin', 'Москва', '北京', 'ﬀ', '𠀀']);
  });

  it('reads an optional site column into each answer of the row; a row without one has none', () => {
    const header = ['interaction_id', 'respondent', 'touchpoint', 'question', 'value', 'site'];
    const resolved = resolveColumns(header);
    if (!resolved.ok) throw new Error(resolved.error);
    expect(resolved.layout.ignored).toEqual([]);
    const row = readRow(['I1', 'customer', 'checkout', 'nps', '9', ' 北京 '], resolved.layout, new Map());
    expect(row.answers[0]).toMatchObject({ site: '北京' });
    const blank = readRow(['I2', 'customer', 'checkout', 'nps', '9', ''], resolved.layout, new Map());
    expect(blank.answers[0]).toMatchObject({ site: null });
    const long = readRow(['I3', 'customer', 'checkout', 'nps', '9', 'y'.repeat(121)], resolved.layout, new Map());
    expect(long).toMatchObject({ answers: [], errors: ['site is longer than 120 characters'] });
  });
});

describe('the site comparison', () => {
  const stage = (id: string, nps: number | null, enps: number | null, index: number | null) => ({
    id,
    name: id.toUpperCase(),
    metrics: { nps, csat: null, ces: null, enps, index },
  });
  const site = (name: string, stages: ReturnType<typeof stage>[]) => ({ site: name, touchpoints: [], stages });

  it('marks the best and worst index of each stage, ties sharing the mark, and leaves out stages without answers', () => {
    const table = siteComparison([
      site('A', [stage('s1', 10, 20, 57.5), stage('s2', null, null, null), stage('s3', 0, 0, 50)]),
      site('B', [stage('s1', 30, 20, 62.5), stage('s2', null, null, null), stage('s3', 0, 0, 50)]),
      site('C', [stage('s1', 30, 20, 62.5), stage('s2', null, null, null), stage('s3', 10, null, null)]),
    ]);
    expect(table.stages.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(table.rows.map((r) => r.cells[0]!.mark)).toEqual(['worst', 'best', 'best']);
    // At s3 the two indexes tie and C has none: nothing is best or worst.
    expect(table.rows.map((r) => r.cells[1]!.mark)).toEqual([null, null, null]);
  });

  it('marks nothing with a single site', () => {
    expect(siteComparison([site('A', [stage('s1', 10, 20, 57.5)])]).rows[0]!.cells[0]!.mark).toBeNull();
  });
});
