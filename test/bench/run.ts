// `npm run bench`: measures each budget of DESIGN §5 next to a baseline measured in the same run, and writes
// bench/results.json plus a readable table. Not part of `npm test`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentStore } from '../../electron/services/documentStore';
import { generateMap } from '../fixtures/generateMap';
import { generateSurvey } from '../fixtures/generateSurvey';
import {
  dragFrames,
  jsHeapMb,
  launch,
  peakRssMb,
  serveBarePage,
  startHostProcess,
  timeToInteractive,
} from './browserBench';
import { benchExport } from './exportBench';
import { benchHistory, benchSmallEditGrowth } from './historyBench';
import { benchVoting } from './votingBench';
import { benchWorkshop } from './workshopBench';
import { benchCommits, benchImport, benchOpen } from './storeBench';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A card as the user sees it (the React Flow node box around it is a zero-size anchor, see card.css). */
const CARD = '.react-flow__node-card .card-node';
// `npm run bench -- --only=browser,export` runs some parts: store, open, import, browser, export, history, workshop.
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const parts = new Set(
  onlyArg
    ? onlyArg.slice('--only='.length).split(',')
    : ['store', 'open', 'import', 'browser', 'export', 'history', 'workshop'],
);
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
type Row = {
  figure: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  budget: string;
  ok: boolean | null;
};
const rows: Row[] = [];
const record = (
  figure: string,
  value: number,
  unit: string,
  baseline: number | null,
  budget: string,
  ok: boolean | null,
) => {
  rows.push({
    figure,
    value: round(value, 2),
    unit,
    baseline: baseline === null ? null : round(baseline, 2),
    ratio: baseline ? round(value / baseline, 2) : null,
    budget,
    ok,
  });
  console.log(`  ${figure}: ${round(value, 2)} ${unit}${baseline !== null ? ` (baseline ${round(baseline, 2)})` : ''}`);
};

try {
  console.log('Generating maps and survey…');
  const bigPath = join(dir, 'big.tandem');
  DocumentStore.create(bigPath, generateMap(2000)).close();
  const mediumDoc = generateMap(500, 5);
  const csv = join(dir, 'survey.csv');
  if (parts.has('import')) generateSurvey(csv, 100_000);

  if (parts.has('store')) {
    console.log('Document store…');
    const c = benchCommits(bigPath, dir);
    record('command committed, p95', c.p95, 'ms', c.baselineP95, '< 5 ms', c.p95 < 5);
    record('command committed, p50', c.p50, 'ms', c.baselineP50, 'report', null);
  }

  if (parts.has('open')) {
    console.log('Open + check…');
    const o = benchOpen(bigPath);
    record('open + check, 2,000-card map', o.ms, 'ms', o.baselineMs, 'report', null);
  }

  if (parts.has('import')) {
    console.log('Survey import and stats…');
    const s = await benchImport(bigPath, csv, dir);
    record(
      'import 100,000 survey rows',
      s.importMs,
      'ms',
      s.baselineMs,
      '< 3000 ms, ≥ 0.4× raw rate',
      s.importMs < 3000 && s.rowsPerSecond >= 0.4 * s.baselineRowsPerSecond,
    );
    record(
      'import rate vs raw insert rate',
      s.rowsPerSecond / s.baselineRowsPerSecond,
      '×',
      null,
      '≥ 0.4',
      s.rowsPerSecond / s.baselineRowsPerSecond >= 0.4,
    );
    record('stats over 100,000 rows', s.statsMs, 'ms', null, '< 500 ms', s.statsMs < 500);
  }

  if (parts.has('history')) {
    console.log('Version history: 10,000 small edits, a version every 100…');
    const h = benchHistory(bigPath, dir);
    const frame = 1000 / 60;
    record('keep a version, p50 (Node process, off the renderer)', h.keepP50, 'ms', h.snapshotP50, 'report', null);
    record(
      'keep a version, p95 (against one frame, 16.7 ms)',
      h.keepP95,
      'ms',
      h.snapshotP50,
      '≤ 16.7 ms off the renderer',
      h.keepP95 <= frame,
    );
    record('keep a version, longest', h.keepMax, 'ms', h.snapshotP50, 'report', null);
    record(`list ${h.versions} versions`, h.listMs, 'ms', h.rawListMs, 'report', null);
    record('open (read) a whole version', h.readWholeMs, 'ms', h.parseMs, 'report', null);
    record('open (read) the version deepest in a chain of changes', h.readMs, 'ms', h.parseMs, 'report', null);
    record(
      'compare a whole version with the current map',
      h.compareWholeMs,
      'ms',
      h.parseMs,
      '< 200 ms',
      h.compareWholeMs < 200,
    );
    record(
      'compare the deepest version with the current map',
      h.compareDeepMs,
      'ms',
      h.parseMs,
      '< 200 ms',
      h.compareDeepMs < 200,
    );
    record(
      'compare two versions (whole and deepest)',
      h.compareTwoMs,
      'ms',
      h.parseMs,
      '< 200 ms',
      h.compareTwoMs < 200,
    );
    record('compareDocs alone (two 2,000-card maps)', h.compareOnlyMs, 'ms', null, 'report', null);
    record(
      'file growth per 100 versions of 100 edits each, share of the map',
      h.growthPer100 * 100,
      '%',
      h.snapshotGrowthPer100 * 100,
      'report (100 edits a version is not a small edit)',
      null,
    );
    const g = benchSmallEditGrowth(bigPath, dir);
    record(
      'file growth: the first 100 versions of one small edit each (with the first whole copy), share of the map',
      g.firstShare * 100,
      '%',
      null,
      '< 10 %',
      g.firstShare < 0.1,
    );
    record(
      'file growth: the next 100 versions of one small edit each, share of the map',
      g.nextShare * 100,
      '%',
      null,
      '< 10 %',
      g.nextShare < 0.1,
    );
    for (const k of g.bodies)
      console.log(`  one edit a version: ${k.n} ${k.kind} versions, ${Math.round(k.bytes / 1024)} KiB compressed`);
    for (const k of h.kinds)
      console.log(
        `  ${k.n} ${k.kind} versions, ${Math.round(k.bytes / 1024)} KiB compressed (${Math.round(k.bytes / k.n / 1024)} KiB each)`,
      );
    console.log(`  longest chain of changes after a whole version: ${h.longestChain}`);
    console.log(
      `  (${h.commands} edits applied, ${h.versions} versions, ${Math.round(h.versionBytes / 1024)} KiB of versions; map ${Math.round(h.mapBytesAtStart / 1024)} KiB at the start, ${Math.round(h.mapBytesAtEnd / 1024)} KiB at the end)`,
    );
  }

  if (parts.has('workshop')) {
    for (const people of [10, 30, 100]) {
      console.log(`Live workshop: ${people} simulated participants on 127.0.0.1, 5 pain points each…`);
      const w = await benchWorkshop(mediumDoc, dir, people);
      const whole = w.inFile === w.contributions && w.distinctInFile === w.contributions && w.duplicates === 0;
      record(`workshop ${people}: send → host applied, p50`, w.hostP50, 'ms', null, 'report', null);
      record(`workshop ${people}: send → host applied, p95`, w.hostP95, 'ms', null, 'report', null);
      record(`workshop ${people}: send → every other participant, p50`, w.othersP50, 'ms', null, 'report', null);
      record(
        `workshop ${people}: send → every other participant, p95`,
        w.othersP95,
        'ms',
        null,
        people <= 30 ? '< 250 ms' : 'report',
        people <= 30 ? w.othersP95 < 250 : null,
      );
      record(`workshop ${people}: send → other participants, longest`, w.othersMax, 'ms', null, 'report', null);
      record(
        `workshop ${people}: contributions in the file once, none lost or doubled`,
        w.distinctInFile,
        `of ${w.contributions}`,
        null,
        'all, once',
        whole && w.deliveries === w.expectedDeliveries,
      );
      record(`workshop ${people}: CPU time (host and simulated clients)`, w.cpuMs, 'ms', null, 'report', null);
      record(`workshop ${people}: memory growth (host and clients)`, w.rssGrowthMb, 'MB', null, 'report', null);
      console.log(`Dot voting: ${people} simulated participants, 3 dots each, every dot sent twice…`);
      const v = await benchVoting(mediumDoc, dir, people);
      record(`voting ${people}: send → voter's confirmation, p50`, v.selfP50, 'ms', null, 'report', null);
      record(`voting ${people}: send → voter's confirmation, p95`, v.selfP95, 'ms', null, 'report', null);
      record(
        `voting ${people}: send → every other participant, p95`,
        v.othersP95,
        'ms',
        null,
        people <= 30 ? '< 250 ms' : 'report',
        people <= 30 ? v.othersP95 < 250 : null,
      );
      record(
        `voting ${people}: dots in the file, each once though sent twice`,
        v.inFile,
        `of ${v.dots}`,
        null,
        'all, once',
        v.inFile === v.dots,
      );
    }
  }

  const needsBrowser = parts.has('browser') || parts.has('export');
  const browser = needsBrowser ? await launch() : null;
  try {
    if (browser && parts.has('browser')) {
      console.log('Browser: open and drag with 2,000 cards…');
      const bare = await serveBarePage();
      const host = await startHostProcess(bigPath);
      try {
        const baseOpen = await timeToInteractive(browser, `${bare.url}?nodes=2000`, '.react-flow__node');
        const baseDrag = await dragFrames(baseOpen.page, '.react-flow__node');
        const baseHeap = await jsHeapMb(baseOpen.page);
        await baseOpen.page.close();
        const app = await timeToInteractive(browser, host.url, CARD);
        const appDrag = await dragFrames(app.page, CARD);
        const appHeap = await jsHeapMb(app.page);
        await app.page.close();
        record(
          'open 2,000-card map to first interactive frame',
          app.ms,
          'ms',
          baseOpen.ms,
          '< 1500 ms, ≤ 2× baseline',
          app.ms < 1500 && app.ms <= 2 * baseOpen.ms,
        );
        record('drag with 2,000 cards, p95 frame', appDrag.p95, 'ms', baseDrag.p95, '≤ 20 ms', appDrag.p95 <= 20);
        record(
          'drag with 2,000 cards, worst frame while moving',
          appDrag.max,
          'ms',
          baseDrag.max,
          '≤ 50 ms',
          appDrag.max <= 50,
        );
        record(
          'drag with 2,000 cards, frame of the drop (card/move committed)',
          appDrag.drop,
          'ms',
          baseDrag.drop,
          '≤ 50 ms',
          appDrag.drop <= 50,
        );
        record('page JS heap with 2,000 cards', appHeap, 'MB', baseHeap, 'report', null);
        const rss = peakRssMb(host.pid);
        if (rss !== null) record('browser host peak RSS', rss, 'MB', null, 'report', null);
      } finally {
        host.stop();
        bare.server.close();
      }
    }

    if (browser && parts.has('export')) {
      console.log('Export a 500-card map…');
      const e = await benchExport(mediumDoc, dir, browser);
      record('export 500-card map to PDF (tiled A3)', e.pdfMs, 'ms', e.baselineMs, '< 5000 ms', e.pdfMs < 5000);
      record('export 500-card map to PNG 2×', e.pngMs, 'ms', e.baselineMs, '< 5000 ms', e.pngMs < 5000);
    }
  } finally {
    await browser?.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

mkdirSync(join(root, 'bench'), { recursive: true });
const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  rows,
};
writeFileSync(join(root, 'bench', onlyArg ? 'results-partial.json' : 'results.json'), JSON.stringify(results, null, 2));
console.log('\n| figure | value | baseline | ratio | budget | within |\n|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.figure} | ${r.value} ${r.unit} | ${r.baseline ?? '—'} | ${r.ratio ?? '—'} | ${r.budget} | ${r.ok === null ? '—' : r.ok ? 'yes' : 'NO'} |`,
  );
console.log('\nWrote bench/results.json');
