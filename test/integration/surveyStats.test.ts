import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { surveyStatsSchema, type GapStats } from '../../shared/metrics/surveySchemas';
import { createFromTemplate } from '../../shared/templates';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { importSurvey } from '../../electron/services/surveyImport';
import { surveyStats } from '../../electron/services/surveyStats';
import { runCli } from '../helpers/cli';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

function sampleStore(template: 'sample' | 'blank' = 'sample'): DocumentStore {
  return DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate(template));
}

async function importRows(store: DocumentStore, rows: string[]): Promise<void> {
  const path = join(tempDir(), 'responses.csv');
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  await importSurvey(store, path);
}

/** `n` linked interactions at a touchpoint answering one pairing; the first `disagree` of them disagree. */
function pairRows(
  touchpoint: string,
  n: number,
  disagree: number,
  [cq, eq] = ['resolved', 'solved'],
  prefix = touchpoint,
): string[] {
  return Array.from({ length: n }, (_, i) => [
    `${prefix}-${i},customer,${touchpoint},${cq},yes,,`,
    `${prefix}-${i},employee,${touchpoint},${eq},${i < disagree ? 'no' : 'yes'},,`,
  ]).flat();
}

const gap = (
  customer: string,
  employee: string,
  pairs: number,
  disagree: number,
  share: number | null,
  flagged: boolean,
): GapStats => ({
  customer,
  employee,
  pairs,
  disagree,
  share,
  flagged,
});

// Computed independently by test/fixtures/surveys/expected-figures.py (Python, exact fractions, rounded half away
// from zero) from the metric definitions alone; the gap rule is the sample map's: share ≥ 0.25 with ≥ 10 pairs.
const EXPECTED = {
  delivery: {
    responses: { customer: 15, employee: 13 },
    metrics: { nps: -33.3, csat: 46.7, ces: 3.93, enps: -69.2, index: 24.4 },
    gaps: [
      gap('resolved', 'solved', 13, 1, 0.077, false),
      gap('easy', 'tools_easy', 13, 1, 0.077, false),
      gap('liked', 'proud', 13, 3, 0.231, false),
    ],
  },
  install: {
    responses: { customer: 20, employee: 17 },
    metrics: { nps: -50, csat: 40, ces: 3.65, enps: -70.6, index: 19.9 },
    gaps: [
      gap('resolved', 'solved', 17, 4, 0.235, false),
      gap('easy', 'tools_easy', 17, 7, 0.412, true),
      gap('liked', 'proud', 17, 11, 0.647, true),
    ],
  },
  order_online: {
    responses: { customer: 12, employee: 10 },
    metrics: { nps: -58.3, csat: 25, ces: 4.33, enps: -30, index: 27.9 },
    gaps: [
      gap('resolved', 'solved', 10, 0, 0, false),
      gap('easy', 'tools_easy', 10, 1, 0.1, false),
      gap('liked', 'proud', 10, 1, 0.1, false),
    ],
  },
  // 3 of 12 = 0.25 exactly: ties at the threshold are flagged.
  support_chat: {
    responses: { customer: 14, employee: 12 },
    metrics: { nps: -64.3, csat: 50, ces: 3.93, enps: -50, index: 21.4 },
    gaps: [
      gap('resolved', 'solved', 12, 3, 0.25, true),
      gap('easy', 'tools_easy', 12, 7, 0.583, true),
      gap('liked', 'proud', 12, 3, 0.25, true),
    ],
  },
  unknown_step: {
    responses: { customer: 3, employee: 3 },
    metrics: { nps: 0, csat: 66.7, ces: 3.67, enps: -33.3, index: 41.7 },
    gaps: [
      gap('resolved', 'solved', 3, 2, 0.667, false),
      gap('easy', 'tools_easy', 3, 0, 0, false),
      gap('liked', 'proud', 3, 2, 0.667, false),
    ],
  },
};
const EXPECTED_STAGES = [
  { name: 'Discover', metrics: { nps: null, csat: null, ces: null, enps: null, index: null } },
  { name: 'Buy', metrics: { nps: -58.3, csat: 25, ces: 4.33, enps: -30, index: 27.9 } },
  { name: 'Receive', metrics: { nps: -33.3, csat: 46.7, ces: 3.93, enps: -69.2, index: 24.4 } },
  { name: 'Use', metrics: { nps: -50, csat: 40, ces: 3.65, enps: -70.6, index: 19.9 } },
  { name: 'Get help', metrics: { nps: -64.3, csat: 50, ces: 3.93, enps: -50, index: 21.4 } },
];

describe('surveyStats of the linked survey sample', () => {
  it('matches the independently computed figures for every touchpoint', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    const stats = surveyStats(store);
    expect(surveyStatsSchema.safeParse(stats).success).toBe(true);
    const byKey = Object.fromEntries(stats.touchpoints.map(({ key, card: _card, ...rest }) => [key, rest]));
    expect(byKey).toEqual(EXPECTED);
    store.close();
  });

  it('lists touchpoints in journey order with their card, and the key no card has last with card null', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    const stats = surveyStats(store);
    expect(stats.touchpoints.map((t) => [t.key, t.card && `${t.card.title} · ${t.card.stage}`])).toEqual([
      ['order_online', 'Online shop · Buy'],
      ['delivery', 'Delivery van · Receive'],
      ['install', 'Installation visit · Use'],
      ['support_chat', 'Support chat · Get help'],
      ['unknown_step', null],
    ]);
    const install = store.doc.cards.find((c) => c.key === 'install')!;
    expect(stats.touchpoints[2]!.card).toEqual({ id: install.id, title: install.title, stage: 'Use' });
    store.close();
  });

  it('gives every stage in map order, with the metrics of its touchpoints and nulls where none answered', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    const stats = surveyStats(store);
    expect(stats.stages.map(({ id: _id, ...s }) => s)).toEqual(EXPECTED_STAGES);
    expect(stats.stages.map((s) => s.id)).toEqual(store.doc.stages.map((s) => s.id));
    store.close();
  });
});

describe('surveyStats arithmetic', () => {
  it('pools the answers of all touchpoints in a stage rather than averaging their figures', async () => {
    const store = sampleStore();
    await importRows(store, [
      'O1,customer,order_online,nps,10,,',
      'O1,customer,order_online,csat,5,,',
      'O1,customer,order_online,ces,7,,',
      'O2,customer,order_online,nps,10,,',
      'O2,customer,order_online,ces,6,,',
      'C1,customer,checkout,nps,0,,',
      'C1,customer,checkout,csat,3,,',
      'C1,customer,checkout,ces,1,,',
      'C1,employee,checkout,enps,10,,',
      'C2,customer,checkout,nps,8,,',
      'C2,customer,checkout,csat,4,,',
      'C3,customer,checkout,nps,9,,',
      'C3,customer,checkout,csat,2,,',
      'C4,customer,checkout,nps,3,,',
    ]);
    const stats = surveyStats(store);
    const tp = Object.fromEntries(stats.touchpoints.map((t) => [t.key, t]));
    // order_online: NPS [10, 10] = 100; CSAT [5] = 100 %; CES [7, 6] = 6.5; no employee answers.
    expect(tp.order_online).toMatchObject({
      responses: { customer: 2, employee: 0 },
      metrics: { nps: 100, csat: 100, ces: 6.5, enps: null },
    });
    // checkout: NPS [0, 8, 9, 3] = (1 − 2) / 4 = −25; CSAT [3, 4, 2] = 1/3 = 33.3 %; CES [1]; eNPS [10] = 100.
    expect(tp.checkout).toMatchObject({
      responses: { customer: 4, employee: 1 },
      metrics: { nps: -25, csat: 33.3, ces: 1, enps: 100 },
    });
    // Buy pools both: NPS [10, 10, 0, 8, 9, 3] = (3 − 2) / 6 = 16.7 (not the 37.5 average);
    // CSAT [5, 3, 4, 2] = 50 %; CES [7, 6, 1] = 14 / 3 = 4.67; eNPS [10] = 100.
    // Index from the unrounded NPS 16.666…: ((116.666… / 2) + (200 / 2)) / 2 = 79.1666… → 79.2.
    expect(stats.stages.find((s) => s.name === 'Buy')!.metrics).toEqual({
      nps: 16.7,
      csat: 50,
      ces: 4.67,
      enps: 100,
      index: 79.2,
    });
    expect(stats.stages.find((s) => s.name === 'Use')!.metrics).toEqual({
      nps: null,
      csat: null,
      ces: null,
      enps: null,
      index: null,
    });
    store.close();
  });

  it("reads metrics from the question keys of the map's metric definitions", async () => {
    const store = sampleStore();
    const npsMetric = store.doc.metrics.find((m) => m.kind === 'nps')!;
    store.apply({ type: 'metric/update', id: npsMetric.id, patch: { questionKey: 'recommend' } });
    await importRows(store, [
      'A1,customer,checkout,recommend,10,,',
      'A1,customer,checkout,nps,0,,',
      'A2,customer,checkout,recommend,9,,',
    ]);
    expect(surveyStats(store).touchpoints[0]!.metrics).toEqual({
      nps: 100,
      csat: null,
      ces: null,
      enps: null,
      index: null,
    });
    store.close();
  });

  it('falls back to the nps, csat, ces and enps keys on a map without metric definitions', async () => {
    const store = sampleStore('blank');
    expect(store.doc.metrics).toEqual([]);
    await importRows(store, [
      'A1,customer,somewhere,nps,10,,',
      'A1,customer,somewhere,csat,2,,',
      'A1,customer,somewhere,ces,5,,',
      'A1,employee,somewhere,enps,0,,',
    ]);
    const [tp] = surveyStats(store).touchpoints;
    expect(tp).toEqual({
      key: 'somewhere',
      card: null,
      responses: { customer: 1, employee: 1 },
      // Index: ((100 + 100) / 2 + (−100 + 100) / 2) / 2 = 50.
      metrics: { nps: 100, csat: 0, ces: 5, enps: -100, index: 50 },
      gaps: [],
    });
    store.close();
  });

  it('counts only interactions with both answers at the same touchpoint as pairs', async () => {
    const store = sampleStore();
    await importRows(store, [
      'P1,customer,checkout,resolved,yes,,',
      'P1,employee,checkout,solved,no,,',
      'P2,customer,checkout,resolved,no,,',
      'P3,employee,checkout,solved,no,,',
      'P4,customer,checkout,resolved,no,,',
      'P4,employee,delivery,solved,no,,',
      'P5,customer,checkout,easy,no,,',
      'P5,employee,checkout,solved,yes,,',
    ]);
    const checkout = surveyStats(store).touchpoints.find((t) => t.key === 'checkout')!;
    expect(checkout.responses).toEqual({ customer: 4, employee: 3 });
    expect(checkout.gaps[0]).toEqual(gap('resolved', 'solved', 1, 1, 1, false));
    expect(checkout.gaps[1]).toEqual(gap('easy', 'tools_easy', 0, 0, null, false));
    store.close();
  });
});

describe("perception gap flags follow the map's threshold and minimum pairs", () => {
  async function checkoutGap(threshold: number, minPairs: number, pairs: number, disagree: number): Promise<GapStats> {
    const store = sampleStore();
    store.apply({ type: 'map/update', patch: { gapThreshold: threshold, gapMinPairs: minPairs } });
    await importRows(store, pairRows('checkout', pairs, disagree));
    const result = surveyStats(store).touchpoints[0]!.gaps[0]!;
    store.close();
    return result;
  }

  it('flags a share exactly at the threshold with exactly the minimum pairs', async () => {
    // 3 of 12 = 0.25 with minimum 12.
    expect(await checkoutGap(0.25, 12, 12, 3)).toEqual(gap('resolved', 'solved', 12, 3, 0.25, true));
  });

  it('does not flag a share just below the threshold', async () => {
    // 3 of 12 = 0.25 against 0.26.
    expect((await checkoutGap(0.26, 10, 12, 3)).flagged).toBe(false);
  });

  it('does not flag one pair short of the minimum', async () => {
    expect((await checkoutGap(0.25, 13, 12, 3)).flagged).toBe(false);
  });

  it('flags decimal thresholds on ties: 3 of 10 against 0.3', async () => {
    expect(await checkoutGap(0.3, 10, 10, 3)).toEqual(gap('resolved', 'solved', 10, 3, 0.3, true));
  });
});

describe('surveyStats with no data', () => {
  it('has no touchpoints and null metrics for every stage, never NaN', () => {
    const store = sampleStore();
    const stats = surveyStats(store);
    expect(stats.touchpoints).toEqual([]);
    expect(stats.stages).toHaveLength(5);
    for (const s of stats.stages)
      expect(s.metrics).toEqual({ nps: null, csat: null, ces: null, enps: null, index: null });
    expect(JSON.stringify(stats)).not.toMatch(/NaN/);
    store.close();
  });

  it('gives null metrics for a touchpoint with only yes/no answers', async () => {
    const store = sampleStore();
    await importRows(store, ['A1,customer,checkout,liked,yes,,']);
    expect(surveyStats(store).touchpoints[0]).toMatchObject({
      metrics: { nps: null, csat: null, ces: null, enps: null },
      gaps: [{ pairs: 0, share: null, flagged: false }, {}, {}],
    });
    store.close();
  });
});

describe('survey/stats through the session', () => {
  it("answers with the statistics of the open map in the contract's shape", async () => {
    const session = createSession({ host: 'browser', version: '0.1.0', dataDir: tempDir() });
    await session.api['map/new']({ path: join(tempDir(), 'm.tandem'), template: 'sample' });
    await dispatch(session.api, 'survey/import', { path: SAMPLE });
    const result = await dispatch(session.api, 'survey/stats', {});
    expect(result.ok).toBe(true);
    expect(surveyStatsSchema.parse(result.ok ? result.data : null).touchpoints).toHaveLength(5);
    session.close();
  });
});

describe('tandem stats', () => {
  it('prints the statistics as JSON in the documented shape with --json, and as a table without', async () => {
    const dir = tempDir();
    expect((await runCli(['new', 'map.tandem', '--template', 'sample'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['import-survey', 'map.tandem', SAMPLE], { cwd: dir })).code).toBe(0);

    const json = await runCli(['stats', 'map.tandem', '--json'], { cwd: dir });
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const stats = JSON.parse(json.stdout) as Record<string, unknown> & {
      touchpoints: Record<string, unknown>[];
      stages: Record<string, unknown>[];
    };
    expect(Object.keys(stats)).toEqual(['touchpoints', 'stages']);
    for (const t of stats.touchpoints) {
      expect(Object.keys(t)).toEqual(['key', 'card', 'responses', 'metrics', 'gaps']);
      expect(Object.keys(t.metrics as object)).toEqual(['nps', 'csat', 'ces', 'enps', 'index']);
      for (const g of t.gaps as object[])
        expect(Object.keys(g)).toEqual(['customer', 'employee', 'pairs', 'disagree', 'share', 'flagged']);
    }
    for (const s of stats.stages) expect(Object.keys(s)).toEqual(['id', 'name', 'metrics']);
    expect(surveyStatsSchema.parse(stats).touchpoints.find((t) => t.key === 'install')).toMatchObject({
      ...EXPECTED.install,
      card: { stage: 'Use' },
    });

    const table = await runCli(['stats', 'map.tandem'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^install \(Installation visit, Use\) +20 +17 +-50\.0 +40\.0 +3\.65 +-70\.6 +19\.9$/m);
    expect(table.stdout).toMatch(/^unknown_step \(no card\) /m);
    expect(table.stdout).toMatch(/^Discover +— +— +— +— +—$/m);
    expect(table.stdout).toContain(
      'Index: CX + EX index = ((NPS + 100) / 2 + (eNPS + 100) / 2) / 2, 0–100, from the unrounded figures',
    );
    expect(table.stdout).toMatch(/^ {2}support_chat: resolved ↔ solved: 3 of 12 pairs disagree \(25\.0%\)$/m);
  });

  it('exits 1 with a readable message for a file that does not exist', async () => {
    const result = await runCli(['stats', 'missing.tandem'], { cwd: tempDir() });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'missing.tandem: no such file\n' });
  });
});
