import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { MIGRATIONS } from '../../electron/services/migrations';
import { createSession } from '../../electron/services/session';
import { removeImport, restoreImport } from '../../electron/services/surveyImports';
import { importSurvey } from '../../electron/services/surveyImport';
import { reviewSurvey } from '../../electron/services/surveyReview';
import { surveyStats } from '../../electron/services/surveyStats';
import { dispatch } from '../../shared/api/dispatch';
import { type SurveyStats, surveyStatsSchema } from '../../shared/metrics/surveySchemas';
import { createFromTemplate } from '../../shared/templates';
import { runCli } from '../helpers/cli';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment,site';
/** Three sites in three scripts (Han, Latin, Cyrillic); the customer rows carry them with spaces around. */
const SITES = ['北京', 'Berlin', 'Москва'] as const;

/**
 * Ten linked interactions per site: the customer's NPS answer is (i + 3k) mod 11 and the employee's eNPS
 * (2i + k) mod 11, at checkout for even i and delivery for odd i; then five interactions that name no site.
 */
function generatedRows(): string[] {
  const rows: string[] = [];
  SITES.forEach((site, k) => {
    for (let i = 0; i < 10; i++) {
      const tp = i % 2 === 0 ? 'checkout' : 'delivery';
      rows.push(`${k}-${i},customer,${tp},nps,${(i + 3 * k) % 11},,, ${site} `);
      rows.push(`${k}-${i},employee,${tp},enps,${(2 * i + k) % 11},,,${site}`);
    }
  });
  for (let i = 0; i < 5; i++) {
    rows.push(`x-${i},customer,checkout,nps,10,,,`);
    rows.push(`x-${i},employee,checkout,enps,9,,,`);
  }
  return rows;
}

function writeCsv(rows: string[], name = 'sites.csv'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  return path;
}

/** Figures with the map's own ids left out: two maps made from one template have the same cards under other ids. */
const withoutIds = (s: Pick<SurveyStats, 'touchpoints' | 'stages'>) => ({
  touchpoints: s.touchpoints.map((t) => ({ ...t, card: t.card && { title: t.card.title, stage: t.card.stage } })),
  stages: s.stages.map((st) => ({ name: st.name, metrics: st.metrics })),
});

const newStore = (): DocumentStore => DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate('sample'));

describe('survey figures by site', () => {
  it('reads the site column, lists the sites in the review, and splits the figures per site in code point order', async () => {
    const store = newStore();
    const csv = writeCsv(generatedRows());
    const review = await reviewSurvey(store, csv);
    expect(review.sites).toEqual([
      { site: 'Berlin', answers: 20, interactions: 10 },
      { site: 'Москва', answers: 20, interactions: 10 },
      { site: '北京', answers: 20, interactions: 10 },
    ]);
    await importSurvey(store, csv);
    const stats = surveyStats(store, 'site');
    expect(stats.sites!.map((s) => s.site)).toEqual(['Berlin', 'Москва', '北京']);
    // Berlin (k = 1) at checkout, i = 0, 2, 4, 6, 8: NPS answers 3, 5, 7, 9, 0 → 1 promoter, 3 detractors of 5
    // = −40; eNPS answers 1, 5, 9, 2, 6 → 1 promoter, 4 detractors = −60; index ((60 / 2) + (40 / 2)) / 2 = 25.
    const berlin = stats.sites![0]!;
    expect(berlin.touchpoints.find((t) => t.key === 'checkout')).toMatchObject({
      responses: { customer: 5, employee: 5 },
      metrics: { nps: -40, enps: -60, index: 25, csat: null, ces: null },
    });
    // Rows without a site count in the whole population only: 15 site interactions at checkout plus 5.
    expect(stats.touchpoints.find((t) => t.key === 'checkout')!.responses).toEqual({ customer: 20, employee: 20 });
    const perSite = stats.sites!.map((s) => s.touchpoints.find((t) => t.key === 'checkout')!.responses.customer);
    expect(perSite).toEqual([5, 5, 5]);
    store.close();
  });

  it("gives each site exactly the figures its answers alone give as a whole map's", async () => {
    const store = newStore();
    const rows = generatedRows();
    await importSurvey(store, writeCsv(rows));
    const stats = surveyStats(store, 'site');
    for (const [k, site] of SITES.entries()) {
      const alone = newStore();
      await importSurvey(
        alone,
        writeCsv(
          rows.filter((r) => r.startsWith(`${k}-`)),
          `only-${k}.csv`,
        ),
      );
      const whole = surveyStats(alone);
      const entry = stats.sites!.find((s) => s.site === site)!;
      expect(withoutIds({ touchpoints: entry.touchpoints, stages: entry.stages })).toEqual(withoutIds(whole));
      alone.close();
    }
    store.close();
  });

  it('keeps the site of every answer through a removal and its undo', async () => {
    const store = newStore();
    const { importId } = await importSurvey(store, writeCsv(generatedRows()));
    const before = surveyStats(store, 'site');
    removeImport(store.database, importId);
    expect(surveyStats(store, 'site').sites).toEqual([]);
    restoreImport(store.database, importId);
    expect(surveyStats(store, 'site')).toEqual(before);
    store.close();
  });

  it("weighs the index as the map's setting says, and blanks it when a metric in it has no answers", async () => {
    const store = newStore();
    await importSurvey(store, writeCsv(generatedRows()));
    const checkout = (): number | null =>
      surveyStats(store, 'site').sites![0]!.touchpoints.find((t) => t.key === 'checkout')!.metrics.index;
    store.apply({
      type: 'map/update',
      patch: {
        index: {
          parts: [
            { metric: 'nps', weight: 1 },
            { metric: 'enps', weight: 3 },
          ],
        },
      },
    });
    // Berlin checkout: NPS −40 → 30 (× 1), eNPS −60 → 20 (× 3): 90 / 4 = 22.5 (the equal weights gave 25).
    expect(checkout()).toBe(22.5);
    store.apply({ type: 'map/update', patch: { index: { parts: [{ metric: 'csat', weight: 1 }] } } });
    // No CSAT answers: the index has nothing to stand on.
    expect(checkout()).toBeNull();
    store.close();
  });

  it('tandem stats --json --by site and the host call agree figure by figure', async () => {
    const dir = tempDir();
    expect((await runCli(['new', 'map.tandem', '--template', 'sample'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['import-survey', 'map.tandem', writeCsv(generatedRows())], { cwd: dir })).code).toBe(0);
    const cli = await runCli(['stats', 'map.tandem', '--json', '--by', 'site'], { cwd: dir });
    expect(cli).toMatchObject({ code: 0, stderr: '' });
    const fromCli = surveyStatsSchema.parse(JSON.parse(cli.stdout));
    expect(Object.keys(JSON.parse(cli.stdout) as object)).toEqual(['touchpoints', 'stages', 'sites']);
    for (const s of fromCli.sites!) expect(Object.keys(s)).toEqual(['site', 'touchpoints', 'stages']);

    const session = createSession({ host: 'browser', version: '0.1.0', dataDir: tempDir() });
    await session.api['map/open']({ path: join(dir, 'map.tandem') });
    const host = await dispatch(session.api, 'survey/stats', { by: 'site' });
    session.close();
    expect(host.ok).toBe(true);
    expect(host.ok ? host.data : null).toEqual(fromCli);
    expect(fromCli.sites!.map((s) => s.site)).toEqual(['Berlin', 'Москва', '北京']);

    const text = await runCli(['stats', 'map.tandem', '--by', 'site'], { cwd: dir });
    expect(text.stdout).toMatch(/^Москва: stage +NPS +CSAT % +CES +eNPS +Index$/m);
    expect(text.stdout).toContain('Index: CX + EX index = ((NPS + 100) / 2 + (eNPS + 100) / 2) / 2');
  }, 180_000);
});

describe('file format 6', () => {
  it('upgrades a format-5 map with answers: they keep their figures and belong to no site', async () => {
    const store = newStore();
    await importSurvey(store, writeCsv(generatedRows().map((r) => r.replace(/,[^,]*$/, ','))));
    const whole = surveyStats(store);
    const path = store.path;
    store.close();
    // Take the file back to format 5: answers as a format-5 file held them, without the site column.
    const db = new Database(path);
    db.exec('ALTER TABLE survey_responses DROP COLUMN site');
    db.pragma('user_version = 5');
    db.close();
    const reopened = DocumentStore.open(path);
    expect(reopened.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const columns = reopened.database.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('survey_responses');
    expect(columns).toContain('site');
    const after = surveyStats(reopened, 'site');
    expect(after.sites).toEqual([]);
    expect({ touchpoints: after.touchpoints, stages: after.stages }).toEqual(whole);
    // New answers with sites land beside the old ones.
    await importSurvey(reopened, writeCsv(['n-1,customer,checkout,nps,10,,,Berlin'], 'new.csv'));
    expect(surveyStats(reopened, 'site').sites!.map((s) => s.site)).toEqual(['Berlin']);
    reopened.close();
  });
});
