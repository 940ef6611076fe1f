import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import { type MapEvidence, mapEvidenceSchema } from '../../shared/api/evidenceSchemas';
import { makeOpportunity, makePainPoint } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { runCli } from '../helpers/cli';
import { applyAll } from '../helpers/makeMap';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

/**
 * Hand-computed answers at the checkout. Before 1 October 2026 (the done day): 10 interactions, CSAT 5 of 10 at
 * 4–5 = 50 %. On the done day: 4 answers, which count for neither side. After: 12 interactions, 9 of 12 at 4–5 =
 * 75 %. At the delivery: 4 CSAT answers, all 5 (too few for a promise).
 */
function surveyCsv(): string {
  const rows = [HEADER];
  let id = 0;
  const add = (touchpoint: string, value: number, at: string) =>
    rows.push(`I${++id},customer,${touchpoint},csat,${value},${at},`);
  for (let k = 0; k < 5; k++) add('checkout', 5, '2026-09-20T10:00:00Z');
  for (let k = 0; k < 5; k++) add('checkout', 2, '2026-07-03T10:00:00Z');
  for (let k = 0; k < 4; k++) add('checkout', 1, '2026-10-01T12:00:00Z');
  for (let k = 0; k < 9; k++) add('checkout', 4, '2026-10-02T09:00:00Z');
  for (let k = 0; k < 3; k++) add('checkout', 1, '2026-12-30T18:00:00Z');
  for (let k = 0; k < 4; k++) add('delivery', 5, '2026-09-01T10:00:00Z');
  return `${rows.join('\n')}\n`;
}

/** The sample map with promises at the checkout (CSAT, the map's target 80) and the delivery, and a done action. */
function mapWithEvidence(dir: string): string {
  let doc = createFromTemplate('sample');
  const checkout = doc.cards.find((c) => c.key === 'checkout')!;
  const delivery = doc.cards.find((c) => c.key === 'delivery')!;
  const pain = makePainPoint({ cardId: checkout.id, title: 'Queue at the till' });
  const action = makeOpportunity({ title: 'Faster POS', painPointIds: [pain.id] });
  doc = applyAll(doc, [
    {
      type: 'card/update',
      id: checkout.id,
      patch: { promise: { text: 'You pay in under two minutes', metric: 'csat' } },
    },
    { type: 'card/update', id: delivery.id, patch: { promise: { text: 'On the day we said', metric: 'csat' } } },
    { type: 'painPoint/add', painPoint: pain },
    { type: 'opportunity/add', opportunity: action },
    { type: 'opportunity/update', id: action.id, patch: { status: 'done', doneAt: '2026-10-01' } },
  ]);
  const file = join(dir, 'map.tandem');
  DocumentStore.create(file, doc).close();
  writeFileSync(join(dir, 'answers.csv'), surveyCsv());
  return file;
}

describe('tandem stats --json with brand promises', { timeout: 300_000 }, () => {
  it('gives promise { text, metric, status } on the entry of each promised touchpoint, from the answers in the file', async () => {
    const dir = tempDir();
    mapWithEvidence(dir);
    expect((await runCli(['import-survey', 'map.tandem', 'answers.csv'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['stats', 'map.tandem', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as {
      touchpoints: { key: string; promise?: unknown; metrics: { csat: number } }[];
    };
    const at = (key: string) => stats.touchpoints.find((t) => t.key === key)!;
    // All 26 checkout answers: 5 + 9 at 4–5 of 26 → 53.8 %, more than 5 under 80 → broken.
    expect(at('checkout').metrics.csat).toBe(53.8);
    expect(at('checkout').promise).toEqual({
      text: 'You pay in under two minutes',
      metric: 'csat',
      status: 'broken',
      target: 80,
      value: 53.8,
      n: 26,
    });
    // Four answers, all satisfied: too few to keep it.
    expect(at('delivery').promise).toMatchObject({ status: 'at_risk', value: 100, n: 4 });
    // The PDF appendix has the promises page, in the map's language.
    const pdf = await runCli(['export', 'map.tandem', '--format', 'pdf', '--appendix', '--out', 'map.pdf'], {
      cwd: dir,
    });
    expect(pdf.code, pdf.stderr).toBe(0);
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'map.pdf'), '-'], { encoding: 'utf8' });
    expect(pages).toContain('Brand promises and the effect of actions');
    expect(pages).toMatch(/You pay in under two minutes\s+CSAT\s+80%\s+53\.8%\s+26\s+✗ Broken/);
    expect(pages).toMatch(/Faster POS.*2026-10-01/);
    const text = await runCli(['stats', 'map.tandem'], { cwd: dir });
    expect(text.stdout).toMatch(/Brand promises/);
    expect(text.stdout).toMatch(/checkout\s+You pay in under two minutes\s+csat\s+53\.8\s+26\s+80\s+✗ broken/);
  });
});

describe('evidence/read through the host', () => {
  it('gives a done action’s before / after at its touchpoint, leaving the done day out', async () => {
    const dir = tempDir();
    const file = mapWithEvidence(dir);
    const session = createSession({ host: 'browser', version: 'test', dataDir: join(dir, 'data'), emit: () => {} });
    await session.open(file);
    expect((await dispatch(session.api, 'survey/import', { path: join(dir, 'answers.csv') })).ok).toBe(true);
    const r = await dispatch(session.api, 'evidence/read', {});
    if (!r.ok) throw new Error(r.error.message);
    const data: MapEvidence = mapEvidenceSchema.parse(r.data);
    expect(data.effects).toHaveLength(1);
    const [effect] = data.effects;
    expect(effect).toMatchObject({
      doneAt: '2026-10-01',
      before: { from: '2026-07-03', to: '2026-09-30' },
      after: { from: '2026-10-02', to: '2026-12-30' },
    });
    expect(effect!.touchpoints.map((t) => t.key)).toEqual(['checkout']);
    expect(effect!.touchpoints[0]!.metrics).toEqual([
      {
        metric: 'csat',
        before: { value: 50, n: 10, enough: true },
        after: { value: 75, n: 12, enough: true },
        change: 25,
      },
    ]);
    expect(data.promises.map((p) => [p.key, p.status])).toEqual([
      ['checkout', 'broken'],
      ['delivery', 'at_risk'],
    ]);
    session.close();
  });
});
