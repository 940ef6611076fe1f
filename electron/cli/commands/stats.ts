import { indexFormula } from '../../../shared/metrics/cxexIndex';
import type { MetricFigures, SurveyStats } from '../../../shared/metrics/surveySchemas';
import type { IndexSetting } from '../../../shared/schema/cxIndex';
import type { PromiseRow } from '../../../shared/insight/promises';
import { PROMISE_GLYPH } from '../../../shared/insight/promises';
import { mapPromises, withPromises } from '../../services/evidence';
import { surveyStats } from '../../services/surveyStats';
import { type CommandSpec, flag, stringOption, UsageError } from '../command';
import { terminalSafe } from '../terminalText';
import { openMap, printError } from './importSurvey';

const fixed = (v: number | null, digits: number): string => (v === null ? '—' : v.toFixed(digits));
const metricCells = (m: MetricFigures): string[] => [
  fixed(m.nps, 1),
  fixed(m.csat, 1),
  fixed(m.ces, 2),
  fixed(m.enps, 1),
  fixed(m.index, 1),
];

/**
 * Left-aligns the first column and right-aligns the rest. Cells are made terminal-safe before they are measured,
 * so a line break or an escape in a card title shows as its escape and keeps the columns aligned.
 */
function table(cells: string[][]): string[] {
  const rows = cells.map((r) => r.map(terminalSafe));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The readable form of the statistics: touchpoints, stages, then the flagged perception gaps. */
export function statsText(stats: SurveyStats, rule: { threshold: number; minPairs: number }): string[] {
  if (stats.touchpoints.length === 0)
    return ['No survey answers in this map yet: import some with "tandem import-survey".'];
  const lines = table([
    ['Touchpoint', 'Customers', 'Employees', 'NPS', 'CSAT %', 'CES', 'eNPS', 'Index'],
    ...stats.touchpoints.map((t) => [
      `${t.key} (${t.card ? `${t.card.title}, ${t.card.stage}` : 'no card'})`,
      String(t.responses.customer),
      String(t.responses.employee),
      ...metricCells(t.metrics),
    ]),
  ]);
  lines.push(
    '',
    ...table([
      ['Stage', 'NPS', 'CSAT %', 'CES', 'eNPS', 'Index'],
      ...stats.stages.map((s) => [s.name, ...metricCells(s.metrics)]),
    ]),
  );
  const flagged = stats.touchpoints.flatMap((t) => t.gaps.filter((g) => g.flagged).map((g) => ({ key: t.key, ...g })));
  lines.push(
    '',
    `Perception gaps flagged (disagreement ≥ ${Math.round(rule.threshold * 1000) / 10}% with at least ${rule.minPairs} linked pairs): ${flagged.length === 0 ? 'none' : flagged.length}`,
  );
  for (const g of flagged) {
    lines.push(
      `  ${terminalSafe(g.key)}: ${terminalSafe(g.customer)} ↔ ${terminalSafe(g.employee)}: ${g.disagree} of ${g.pairs} pairs disagree (${fixed(g.share === null ? null : g.share * 100, 1)}%)`,
    );
  }
  return lines;
}

/** The per-period part of the readable form: one stage table per period, in time order. */
export function periodsText(stats: SurveyStats): string[] {
  const lines: string[] = [];
  for (const p of stats.periods ?? []) {
    lines.push(
      '',
      ...table([
        [`${p.period}: stage`, 'NPS', 'CSAT %', 'CES', 'eNPS', 'Index'],
        ...p.stages.map((s) => [s.name, ...metricCells(s.metrics)]),
      ]),
    );
  }
  return lines;
}

/** The per-site part of the readable form: one stage table per site, in the order of `sites`. */
export function sitesText(stats: SurveyStats): string[] {
  const lines: string[] = [];
  for (const s of stats.sites ?? []) {
    lines.push(
      '',
      ...table([
        [`${s.site}: stage`, 'NPS', 'CSAT %', 'CES', 'eNPS', 'Index'],
        ...s.stages.map((st) => [st.name, ...metricCells(st.metrics)]),
      ]),
    );
  }
  return lines;
}

/** The line that names the index's formula under the tables. */
export const indexLine = (setting: IndexSetting | undefined): string =>
  `Index: CX + EX index = ${indexFormula(setting)}, 0–100, from the unrounded figures; — where a metric in it has no answers.`;

const SPLITS = ['month', 'quarter', 'site'] as const;

const STATUS_WORD: Record<PromiseRow['status'], string> = {
  kept: 'kept',
  at_risk: 'at risk',
  broken: 'broken',
  untested: 'untested',
};

/** The brand promises with their figure, n, target and status; nothing when the map states none. */
export function promisesText(rows: readonly PromiseRow[]): string[] {
  if (rows.length === 0) return [];
  return [
    '',
    'Brand promises',
    ...table([
      ['touchpoint', 'promise', 'metric', 'figure', 'n', 'target', 'status'],
      ...rows.map((r) => [
        r.key ?? '—',
        r.text,
        r.metric,
        r.value === null ? '—' : String(r.value),
        String(r.n),
        r.target === null ? '—' : String(r.target),
        `${PROMISE_GLYPH[r.status]} ${STATUS_WORD[r.status]}`,
      ]),
    ]),
  ];
}

/** `tandem stats FILE.tandem [--json] [--by month|quarter|site]`: survey metrics and perception gaps per touchpoint and stage. */
export const statsCommand: CommandSpec = {
  name: 'stats',
  usage: 'FILE.tandem [--json] [--by month|quarter|site]',
  summary:
    'Show NPS, CSAT, CES, eNPS, the CX + EX index and perception gaps per touchpoint and stage, from the imported survey answers.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [
    { name: 'json', type: 'boolean', description: 'Print the statistics as JSON (the shape the app uses).' },
    {
      name: 'by',
      type: 'string',
      value: 'month|quarter|site',
      description:
        'Also give the figures per UTC month or quarter of the answers (JSON: "periods"), or per site (JSON: "sites").',
    },
  ],
  async run({ positionals, values, io, cwd }) {
    const rawBy = stringOption(values, 'by');
    const by = SPLITS.find((p) => p === rawBy);
    if (rawBy !== undefined && !by) throw new UsageError(`--by must be month, quarter or site, not "${rawBy}"`);
    // A copy: reading statistics must not upgrade an older file that an older Tandem still has to open.
    const store = openMap(io, cwd, positionals[0] ?? '', { copy: true });
    if (!store) return 1;
    try {
      const stats = surveyStats(store, by);
      if (flag(values, 'json')) io.out(JSON.stringify(withPromises(stats, mapPromises(store)), null, 2));
      else {
        const rule = { threshold: store.doc.meta.gapThreshold, minPairs: store.doc.meta.gapMinPairs };
        for (const line of statsText(stats, rule)) io.out(line);
        if (stats.touchpoints.length > 0) {
          for (const line of [...periodsText(stats), ...sitesText(stats)]) io.out(line);
          io.out('');
          io.out(indexLine(store.doc.meta.index));
        }
        for (const line of promisesText(mapPromises(store))) io.out(line);
      }
      return 0;
    } catch (err) {
      printError(io, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
