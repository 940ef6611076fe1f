import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { importSurvey } from '../../electron/services/surveyImport';
import { surveyStats } from '../../electron/services/surveyStats';
import { surveyStatsSchema } from '../../shared/metrics/surveySchemas';
import { createFromTemplate } from '../../shared/templates';
import { runCli } from '../helpers/cli';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

// Hand-computed: I1 (Aug) promoter; I2 answered 2026-09-30 23:30 at UTC−2, which is 1 October in UTC, detractor;
// I3 (Oct) promoter; I4 has no time, so it counts in the whole but in no period. I5's customer answer is on
// 31 August and its employee answer on 1 September: the interaction belongs to August, both answers with it.
const TREND = [
  HEADER,
  'I1,customer,order_online,nps,10,2026-08-15T10:00:00Z,',
  'I2,customer,order_online,nps,0,2026-09-30T23:30:00-02:00,',
  'I3,customer,order_online,nps,9,2026-10-05,',
  'I4,customer,order_online,nps,10,,',
  'I5,customer,delivery,nps,3,2026-08-31T20:00:00Z,',
  'I5,employee,delivery,enps,10,2026-09-01T08:00:00Z,',
].join('\n');

function trendStore(): DocumentStore {
  const store = DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate('sample'));
  return store;
}

const nps = (stats: { touchpoints: { key: string; metrics: { nps: number | null } }[] }, key: string) =>
  stats.touchpoints.find((t) => t.key === key)?.metrics.nps ?? null;

describe('survey statistics per period', () => {
  it('splits the figures by UTC month of each interaction, in time order, leaving out empty months', async () => {
    const store = trendStore();
    const file = join(tempDir(), 'trend.csv');
    writeFileSync(file, `${TREND}\n`);
    await importSurvey(store, file);
    const stats = surveyStats(store, 'month');
    expect(surveyStatsSchema.parse(stats)).toEqual(stats);
    // Whole: 3 promoters (10, 9, 10) and 1 detractor (0) of 4 at order_online → 50.0.
    expect(nps(stats, 'order_online')).toBe(50);
    expect(stats.periods!.map((p) => p.period)).toEqual(['2026-08', '2026-10']);
    const [aug, oct] = stats.periods!;
    expect(nps(aug!, 'order_online')).toBe(100);
    expect(nps(aug!, 'delivery')).toBe(-100);
    expect(aug!.touchpoints.find((t) => t.key === 'delivery')).toMatchObject({
      responses: { customer: 1, employee: 1 },
      metrics: { enps: 100 },
    });
    expect(nps(oct!, 'order_online')).toBe(0);
    expect(oct!.touchpoints.map((t) => t.key)).toEqual(['order_online']);
    // Each period's stages are all the map's stages, in the same shape as the whole-period ones.
    expect(oct!.stages.map((s) => s.id)).toEqual(stats.stages.map((s) => s.id));
    store.close();
  });

  it('splits by quarter as "2026-Q3"', async () => {
    const store = trendStore();
    const file = join(tempDir(), 'trend.csv');
    writeFileSync(file, `${TREND}\n`);
    await importSurvey(store, file);
    const stats = surveyStats(store, 'quarter');
    expect(stats.periods!.map((p) => [p.period, nps(p, 'order_online')])).toEqual([
      ['2026-Q3', 100],
      ['2026-Q4', 0],
    ]);
    expect(surveyStats(store).periods).toBeUndefined();
    store.close();
  });
});

// Fourteen runs of the CLI, each a Node start on a shared two-core machine.
describe('the survey commands', { timeout: 300_000 }, () => {
  it('lists, replaces and removes imports, and prints periods, with exit codes and messages', async () => {
    const dir = tempDir();
    expect((await runCli(['new', 'map.tandem', '--template', 'sample'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'trend.csv'), `${TREND}\n`);
    expect((await runCli(['surveys', 'map.tandem'], { cwd: dir })).stdout).toBe(
      'No survey imports in this map yet: import some with "tandem import-survey".\n',
    );
    expect((await runCli(['import-survey', 'map.tandem', SAMPLE], { cwd: dir })).code).toBe(0);
    expect((await runCli(['import-survey', 'map.tandem', 'trend.csv'], { cwd: dir })).code).toBe(0);

    const listed = await runCli(['surveys', 'map.tandem'], { cwd: dir });
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const rows = listed.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^1 {2}linked-survey-sample\.csv · imported \d{4}-\d\d-\d\d \d\d:\d\d UTC · 604 answers · 64 interactions · 2026-10-\d\d … 2026-10-\d\d$/,
    );
    expect(rows[1]).toMatch(/^2 {2}trend\.csv · .* · 6 answers · 5 interactions · 2026-08-15 … 2026-10-05$/);
    const json = JSON.parse((await runCli(['surveys', 'map.tandem', '--json'], { cwd: dir })).stdout) as {
      imports: { id: number; answers: number }[];
    };
    expect(json.imports.map((i) => [i.id, i.answers])).toEqual([
      [1, 604],
      [2, 6],
    ]);

    const byMonth = JSON.parse((await runCli(['stats', 'map.tandem', '--json', '--by', 'month'], { cwd: dir })).stdout);
    expect(byMonth.periods.map((p: { period: string }) => p.period)).toEqual(['2026-08', '2026-10']);
    const badBy = await runCli(['stats', 'map.tandem', '--by', 'week'], { cwd: dir });
    expect(badBy.code).toBe(2);
    expect(badBy.stderr).toContain('--by must be month, quarter or site, not "week"');

    writeFileSync(
      join(dir, 'trend-fixed.csv'),
      `${TREND.replace('I2,customer,order_online,nps,0', 'I2,customer,order_online,nps,9')}\n`,
    );
    const replaced = await runCli(['import-survey', 'map.tandem', 'trend-fixed.csv', '--replace', '2'], { cwd: dir });
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toMatch(/^Replaced import 2 with 6 answers from 5 interactions/);
    const noSuch = await runCli(['import-survey', 'map.tandem', 'trend.csv', '--replace', '7'], { cwd: dir });
    expect(noSuch).toMatchObject({
      code: 1,
      stderr: 'There is no survey import 7; the imports of this map are 1, 2.\n',
    });
    const badId = await runCli(['remove-survey', 'map.tandem', 'two'], { cwd: dir });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('ID must be an import id');

    const removed = await runCli(['remove-survey', 'map.tandem', '1'], { cwd: dir });
    expect(removed).toMatchObject({
      code: 0,
      stdout: 'Removed import 1 ("linked-survey-sample.csv"): 604 answers from 64 interactions.\n',
    });
    const again = await runCli(['remove-survey', 'map.tandem', '1'], { cwd: dir });
    expect(again).toMatchObject({ code: 1, stderr: 'There is no survey import 1; the imports of this map are 2.\n' });
    const after = JSON.parse((await runCli(['stats', 'map.tandem', '--json'], { cwd: dir })).stdout) as {
      touchpoints: { key: string }[];
    };
    expect(after.touchpoints.map((t) => t.key).sort()).toEqual(['delivery', 'order_online']);
  });
});
