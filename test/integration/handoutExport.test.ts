import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../../electron/services/export/chromium';
import { runExport } from '../../electron/services/export/index';
import { pngSize } from '../../electron/services/export/png';
import { customerComments } from '../../electron/services/surveyComments';
import { importSurvey } from '../../electron/services/surveyImport';
import { surveyStats } from '../../electron/services/surveyStats';
import { makeLink } from '../../shared/factories';
import { selectComments } from '../../shared/insight/handoutComments';
import { exportRequestSchema } from '../../shared/render/exportOptions';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));

const cardId = (doc: TandemDoc, title: string) => doc.cards.find((c) => c.title === title)!.id;

/**
 * The sample map with the sample survey imported, and Logistics' driver linked to the customer waiting for the
 * delivery slot: Logistics then shapes that moment (measured at the "delivery" touchpoint) and the queue at the till
 * (through the cashier's handoff to its dispatcher).
 */
async function logisticsMap(dir: string): Promise<string> {
  const file = join(dir, 'sample.tandem');
  const store = DocumentStore.create(file, createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')));
  const doc = store.doc;
  store.apply({
    type: 'link/add',
    link: makeLink({
      fromId: cardId(doc, 'Driver hands over and unpacks'),
      toId: cardId(doc, 'Waits at home for the delivery slot'),
      kind: 'support',
    }),
  });
  await importSurvey(store, SAMPLE);
  store.close();
  return file;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pdfPages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  removeTempDirs();
});

describe("a team's one-page handout", () => {
  it('prints the customer moments Logistics shapes, with the figures the scorecard shows, target marks and comments, on one A4 page', async () => {
    const dir = tempDir('tandem-handout-');
    const file = await logisticsMap(dir);
    const store = DocumentStore.open(file);
    const stats = surveyStats(store);
    const delivery = stats.touchpoints.find((t) => t.key === 'delivery')!;
    const newest = selectComments(customerComments(store.database, ['delivery']).get('delivery')!);
    const out = join(dir, 'logistics.pdf');
    const steps: string[] = [];
    try {
      await runExport(store.doc, exportRequestSchema.parse({ format: 'pdf', path: out, handout: 'logistics' }), {
        browser,
        evidence: { stats, comments: (keys) => customerComments(store.database, keys) },
        onProgress: (p) => steps.push(p.step),
      });
    } finally {
      store.close();
    }
    expect(pdfPages(out)).toBe(1);
    const text = pdfText(out);
    expect(text).toContain('What Logistics shapes for the customer');
    expect(text).toContain('Waits at home for the delivery slot');
    expect(text).toContain('Queues at the till to pay');
    // The delivery touchpoint's NPS, as the scorecard rounds and marks it (the sample's target is +30).
    const nps = delivery.metrics.nps!;
    const npsText = `${nps > 0 ? '+' : nps < 0 ? '−' : ''}${Math.abs(nps).toFixed(1).replace(/\.0$/, '')}`;
    expect(text).toMatch(new RegExp(`NPS ${npsText.replace('+', '\\+')} ${nps >= 30 ? '✓' : nps >= 20 ? '≈' : '✗'}`));
    expect(text).toContain(`n=${delivery.responses.customer}`);
    expect(text).toContain("In the customers' words");
    // The comments are the selection's (three, newest first), and the rule is printed.
    expect(newest).toHaveLength(3);
    const squeezed = squeeze(text);
    const at = newest.map((c) => squeezed.indexOf(squeeze(c)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain("Customers' comments: up to 3 per moment, newest first");
    expect(steps.at(-1)).toBe('done');
    expect(steps).toContain('printing');
  });

  it('writes the handout as an A4 PNG at 2×, and refuses SVG or an unknown team, writing nothing', async () => {
    const dir = tempDir('tandem-handout-');
    const file = await logisticsMap(dir);
    const doc = DocumentStore.open(file);
    const d = doc.doc;
    doc.close();
    const png = join(dir, 'logistics.png');
    await runExport(d, exportRequestSchema.parse({ format: 'png', path: png, scale: 2, handout: 'Logistics' }), {
      browser,
    });
    expect(pngSize(readFileSync(png))).toEqual({ width: 794 * 2, height: 1123 * 2 });
    await expect(
      runExport(d, exportRequestSchema.parse({ format: 'svg', path: join(dir, 'x.svg'), handout: 'Logistics' })),
    ).rejects.toThrow(/handout is a PDF or PNG page, not SVG/);
    await expect(
      runExport(d, exportRequestSchema.parse({ format: 'pdf', path: join(dir, 'x.pdf'), handout: 'Legal' }), {
        browser,
      }),
    ).rejects.toThrow(/No team called "Legal" on this map; its teams are .*"Logistics"/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('tandem export --handout', () => {
  it('exports a team handout from the command line, and fails with the reason and exit code 1 for an unknown team', async () => {
    const dir = tempDir('tandem-handout-');
    const file = await logisticsMap(dir);
    const ok = await runCli(['export', file, '--handout', 'IT systems', '--out', join(dir, 'it.pdf')], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe(`Exported the handout of IT systems from ${file} to it.pdf.\n`);
    const text = pdfText(join(dir, 'it.pdf'));
    expect(text).toContain('What IT systems shapes for the customer');
    expect(text).toContain('Queues at the till to pay');
    const bad = await runCli(['export', file, '--handout', 'Nobody', '--out', join(dir, 'n.pdf')], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No team called "Nobody" on this map/);
    expect(existsSync(join(dir, 'n.pdf'))).toBe(false);
  }, 60_000);
});

describe('tandem export --appendix with answers over two months', () => {
  it('prints the trend by month, a table per metric with the stage figures per period', async () => {
    const dir = tempDir('tandem-trend-');
    const file = join(dir, 'trend.tandem');
    const store = DocumentStore.create(file, createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')));
    const rows = ['interaction_id,respondent,touchpoint,question,value,answered_at,comment'];
    // September: 2 promoters, 2 detractors at delivery (NPS 0); October: 3 promoters, 1 passive (NPS +75).
    rows.push(...[10, 9, 3, 2].map((v, i) => `S${i},customer,delivery,nps,${v},2026-09-0${i + 1}T10:00:00Z,`));
    rows.push(...[10, 9, 10, 8].map((v, i) => `O${i},customer,delivery,nps,${v},2026-10-0${i + 1}T10:00:00Z,`));
    const csvPath = join(dir, 'answers.csv');
    writeFileSync(csvPath, `${rows.join('\n')}\n`);
    await importSurvey(store, csvPath);
    store.close();
    const out = join(dir, 'trend.pdf');
    const r = await runCli(['export', file, '--appendix', '--out', out], { cwd: dir });
    expect(r.stderr).toBe('');
    const text = pdfText(out);
    expect(text).toContain('Trend by month');
    expect(text).toMatch(/Stage\s+2026-09\s+2026-10/);
    expect(text).toMatch(/Receive\s+0\s*✗\s+\+75\s*✓/);
  }, 60_000);
});

describe('tandem export --trace', () => {
  it("prints the root-cause trace of a card's worst pain point on one A4 page, and refuses a card without pain", async () => {
    const dir = tempDir('tandem-trace-');
    const file = await logisticsMap(dir);
    const store = DocumentStore.open(file);
    const doc = store.doc;
    store.close();
    const asks = doc.cards.find((c) => c.title === 'Asks why the warranty is not registered')!;
    const pain = doc.painPoints.filter((p) => p.cardId === asks.id).sort((a, b) => b.severity - a.severity)[0]!;
    const out = join(dir, 'trace.pdf');
    const ok = await runCli(['export', file, '--trace', asks.title, '--out', out], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('Exported the root-cause trace of Asks why the warranty is not registered');
    expect(pdfPages(out)).toBe(1);
    const text = squeeze(pdfText(out));
    expect(text).toContain(squeeze(`Root-cause trace: ${pain.title}`));
    // The nightly batch feeds the customer's question through a support link.
    expect(text).toContain(squeeze('1 card feeds it through support and handoff links'));
    expect(text).toContain(squeeze('Nightly warranty registration batch'));
    const none = await runCli(['export', file, '--trace', 'Website and shop window', '--out', join(dir, 'n.pdf')], {
      cwd: dir,
    });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/"Website and shop window" has no pain point to trace/);
    expect(existsSync(join(dir, 'n.pdf'))).toBe(false);
  }, 60_000);
});
