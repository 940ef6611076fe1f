import type { GapDetails } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { NO_SPELLINGS, parseScaleValue, SCALES, type ScaleKind, YES_SPELLINGS } from '../../shared/metrics/answers';
import { cxexIndex } from '../../shared/metrics/cxexIndex';
import { cesFromCounts, csatFromCounts, npsFromCounts, roundTo } from '../../shared/metrics/formulas';
import { compareSites } from '../../shared/metrics/sites';
import { type GapRule, gapFromCounts } from '../../shared/metrics/gaps';
import type {
  MetricFigures,
  PeriodKind,
  StatsSplit,
  SurveyStats,
  TouchpointStats,
} from '../../shared/metrics/surveySchemas';
import type { IndexSetting } from '../../shared/schema/cxIndex';
import type { Side } from '../../shared/schema/common';
import type { TandemDoc } from '../../shared/schema/document';
import type { SurveyTarget } from './surveyImport';

export type { GapStats, MetricFigures, SurveyStats, TouchpointStats } from '../../shared/metrics/surveySchemas';

/** Counts behind the metrics, additive so a stage's counts are the sum of its touchpoints'. */
interface Counts {
  npsN: number;
  npsPro: number;
  npsDet: number;
  enpsN: number;
  enpsPro: number;
  enpsDet: number;
  csatN: number;
  csatSat: number;
  cesN: number;
  cesSum: number;
}
const COUNT_FIELDS: (keyof Counts)[] = [
  'npsN',
  'npsPro',
  'npsDet',
  'enpsN',
  'enpsPro',
  'enpsDet',
  'csatN',
  'csatSat',
  'cesN',
  'cesSum',
];
const zero = (): Counts => Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as unknown as Counts;

/** Which question and side a standard metric reads: the map's definition of that kind, else the kind's own key. */
function metricSource(doc: TandemDoc, kind: ScaleKind, side: Side): { kind: ScaleKind; question: string; side: Side } {
  const def = doc.metrics.find((m) => m.kind === kind);
  return { kind, question: (def?.questionKey ?? kind).trim().toLowerCase(), side: def?.side ?? side };
}

/** Adds `n` answers of `value` to the counts of one metric kind. */
function count(c: Counts, kind: ScaleKind, value: number, n: number): void {
  if (kind === 'nps' || kind === 'enps') {
    c[`${kind}N`] += n;
    if (value >= 9) c[`${kind}Pro`] += n;
    if (value <= 6) c[`${kind}Det`] += n;
  } else if (kind === 'csat') {
    c.csatN += n;
    if (value >= 4) c.csatSat += n;
  } else {
    c.cesN += n;
    c.cesSum += value * n;
  }
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
// Generated from the same spellings as parseYesNo so the importer and the statistics can never disagree.
// Stored answers are already trimmed by the importer.
const YES_NO = `CASE lower(value) ${YES_SPELLINGS.map((s) => `WHEN ${quote(s)} THEN 1`).join(' ')} ${NO_SPELLINGS.map((s) => `WHEN ${quote(s)} THEN 0`).join(' ')} END`;

/** How the answers are split over time: not at all, or by the UTC month or quarter of each interaction. */
interface Split {
  /** A WITH clause giving each interaction its period (the earliest time among its answers), or ''. */
  with: string;
  /** The table the queries read: the answers, joined to their interaction's period when split. */
  from: string;
  /** Keeps only answers in a period (an interaction with no readable time belongs to none). */
  where: string;
}

/** The period of a julianday expression, in SQL: "2026-09" or "2026-Q3". */
function periodOf(kind: PeriodKind, jd: string): string {
  return kind === 'month'
    ? `strftime('%Y-%m', ${jd})`
    : `strftime('%Y', ${jd}) || '-Q' || ((CAST(strftime('%m', ${jd}) AS INTEGER) + 2) / 3)`;
}

function split(by: StatsSplit | undefined): Split {
  if (!by) return { with: '', from: "(SELECT *, '' AS period FROM survey_responses)", where: '1' };
  // By site, the site plays the period's part: answers without one belong to no group (they count in the whole).
  if (by === 'site')
    return { with: '', from: '(SELECT *, site AS period FROM survey_responses)', where: 'period IS NOT NULL' };
  return {
    with: `WITH ip AS (
      SELECT interaction_id AS ip_id, ${periodOf(by, 'MIN(julianday(answered_at))')} AS period
      FROM survey_responses GROUP BY interaction_id
    )`,
    from: '(SELECT r.*, ip.period FROM survey_responses r JOIN ip ON ip.ip_id = r.interaction_id)',
    where: 'period IS NOT NULL',
  };
}

/**
 * Per period and touchpoint: distinct interactions per side, and per pairing the linked pairs and disagreements.
 * The inner query folds each interaction at a touchpoint into one row (the importer guarantees one answer per
 * interaction, side, touchpoint and question); the outer one sums those rows. One pass over the table for all
 * pairings.
 */
function interactionSql(pairings: number, by: Split): string {
  const inner = Array.from(
    { length: pairings },
    (_, k) =>
      `MIN(CASE WHEN respondent = 'customer' AND question = @c${k} THEN ${YES_NO} END) AS c${k},
     MIN(CASE WHEN respondent = 'employee' AND question = @e${k} THEN ${YES_NO} END) AS e${k}`,
  );
  const outer = Array.from(
    { length: pairings },
    (_, k) => `TOTAL(c${k} IS NOT NULL AND e${k} IS NOT NULL) AS pairs${k}, TOTAL(c${k} <> e${k}) AS disagree${k}`,
  );
  return `${by.with}
    SELECT period, touchpoint, TOTAL(customer) AS customers, TOTAL(employee) AS employees ${outer.map((s) => `, ${s}`).join('')}
    FROM (
      SELECT period, touchpoint, MAX(respondent = 'customer') AS customer, MAX(respondent = 'employee') AS employee ${inner.map((s) => `, ${s}`).join('')}
      FROM ${by.from} WHERE ${by.where} GROUP BY period, touchpoint, interaction_id
    )
    GROUP BY period, touchpoint`;
}

/** How many times each answer was given to each metric question: small enough to finish in TypeScript. */
const histogramSql = (questions: number, by: Split): string => `${by.with}
  SELECT period, touchpoint, respondent, question, value, COUNT(*) AS n FROM ${by.from}
  WHERE ${by.where} AND question IN (${Array.from({ length: questions }, (_, k) => `@q${k}`).join(', ')})
  GROUP BY period, touchpoint, respondent, question, value`;

/** The rounded figures of some counts; the index is computed from the unrounded ones with the map's setting. */
function figures(c: Counts | undefined, index: IndexSetting | undefined): MetricFigures {
  if (!c) return { nps: null, csat: null, ces: null, enps: null, index: null };
  const raw = {
    nps: npsFromCounts({ n: c.npsN, promoters: c.npsPro, detractors: c.npsDet }),
    csat: csatFromCounts({ n: c.csatN, satisfied: c.csatSat }),
    ces: cesFromCounts({ n: c.cesN, sum: c.cesSum }),
    enps: npsFromCounts({ n: c.enpsN, promoters: c.enpsPro, detractors: c.enpsDet }),
  };
  return {
    nps: roundTo(raw.nps, 1),
    csat: roundTo(raw.csat, 1),
    ces: roundTo(raw.ces, 2),
    enps: roundTo(raw.enps, 1),
    index: roundTo(cxexIndex(raw, index), 1),
  };
}

function add(a: Counts | undefined, b: Counts): Counts {
  const sum = a ? { ...a } : zero();
  for (const f of COUNT_FIELDS) sum[f] += b[f];
  return sum;
}

/** Metric counts per period and touchpoint from the answer histogram; answers off the scale (none, after a validated import) are left out. */
function metricCounts(target: SurveyTarget, by: Split): Map<string, Map<string, Counts>> {
  const sources = [
    metricSource(target.doc, 'nps', 'customer'),
    metricSource(target.doc, 'csat', 'customer'),
    metricSource(target.doc, 'ces', 'customer'),
    metricSource(target.doc, 'enps', 'employee'),
  ];
  const questions = [...new Set(sources.map((s) => s.question))];
  const params = Object.fromEntries(questions.map((q, k) => [`q${k}`, q]));
  const rows = target.database.prepare(histogramSql(questions.length, by)).all(params) as {
    period: string;
    touchpoint: string;
    respondent: Side;
    question: string;
    value: string;
    n: number;
  }[];
  const byPeriod = new Map<string, Map<string, Counts>>();
  for (const r of rows) {
    for (const s of sources) {
      if (s.question !== r.question || s.side !== r.respondent) continue;
      const parsed = parseScaleValue(r.value, SCALES[s.kind]);
      if (!parsed.ok) continue;
      let inPeriod = byPeriod.get(r.period);
      if (!inPeriod) {
        inPeriod = new Map();
        byPeriod.set(r.period, inPeriod);
      }
      let c = inPeriod.get(r.touchpoint);
      if (!c) {
        c = zero();
        inPeriod.set(r.touchpoint, c);
      }
      count(c, s.kind, parsed.value, r.n);
    }
  }
  return byPeriod;
}

type InteractionRow = { period: string; touchpoint: string; customers: number; employees: number } & Record<
  string,
  number
>;

/** The touchpoint and stage figures of one set of rows (the whole map's, or one period's). */
function assemble(
  doc: TandemDoc,
  rows: readonly InteractionRow[],
  counts: Map<string, Counts> | undefined,
): Omit<SurveyStats, 'periods' | 'sites'> {
  const pairings = doc.pairings.map((p) => ({ customer: p.customerQuestion, employee: p.employeeQuestion }));
  const rule: GapRule = { threshold: doc.meta.gapThreshold, minPairs: doc.meta.gapMinPairs };
  const stageById = new Map(doc.stages.map((s) => [s.id, s]));
  const cardByKey = new Map(doc.cards.filter((c) => c.key !== null).map((c) => [c.key!, c]));
  const stageCounts = new Map<string, Counts>();
  const touchpoints = rows.map((r): TouchpointStats & { order: number } => {
    const card = cardByKey.get(r.touchpoint);
    const stage = card ? stageById.get(card.stageId) : undefined;
    const c = counts?.get(r.touchpoint);
    if (stage && c) stageCounts.set(stage.id, add(stageCounts.get(stage.id), c));
    return {
      key: r.touchpoint,
      card: card ? { id: card.id, title: card.title, stage: stage?.name ?? '' } : null,
      responses: { customer: r.customers, employee: r.employees },
      metrics: figures(c, doc.meta.index),
      gaps: pairings.map(({ customer, employee }, k) => {
        const gap = gapFromCounts(r[`pairs${k}`] ?? 0, r[`disagree${k}`] ?? 0, rule);
        return {
          customer,
          employee,
          pairs: gap.pairs,
          disagree: gap.disagree,
          share: roundTo(gap.share, 3),
          flagged: gap.flagged,
        };
      }),
      order: stage ? stage.order : Number.POSITIVE_INFINITY,
    };
  });
  // Journey order: by the stage of the touchpoint's card, then key; keys that match no card come last.
  touchpoints.sort((a, b) =>
    a.order === b.order ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.order < b.order ? -1 : 1,
  );
  const stages = [...doc.stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ id: s.id, name: s.name, metrics: figures(stageCounts.get(s.id), doc.meta.index) }));
  return { touchpoints: touchpoints.map(({ order: _order, ...t }) => t), stages };
}

/** The rows and metric counts of the map's answers, split as `by` says. */
function query(target: SurveyTarget, by: Split): { rows: InteractionRow[]; counts: Map<string, Map<string, Counts>> } {
  const params: Record<string, string> = {};
  target.doc.pairings.forEach((p, k) => {
    params[`c${k}`] = p.customerQuestion.trim().toLowerCase();
    params[`e${k}`] = p.employeeQuestion.trim().toLowerCase();
  });
  const rows = target.database.prepare(interactionSql(target.doc.pairings.length, by)).all(params) as InteractionRow[];
  return { rows, counts: metricCounts(target, by) };
}

/** The figures of each group (period or site) of a split, keyed by the group, in no particular order. */
function groups(target: SurveyTarget, by: StatsSplit): Map<string, Omit<SurveyStats, 'periods' | 'sites'>> {
  const parts = query(target, split(by));
  const rowsByGroup = new Map<string, InteractionRow[]>();
  for (const r of parts.rows) {
    const list = rowsByGroup.get(r.period);
    if (list) list.push(r);
    else rowsByGroup.set(r.period, [r]);
  }
  return new Map([...rowsByGroup].map(([group, rows]) => [group, assemble(target.doc, rows, parts.counts.get(group))]));
}

/**
 * Survey statistics of the open map, aggregated in SQL: per touchpoint key seen in the responses, the answer
 * counts, NPS / CSAT / CES / eNPS, the CX + EX index and the perception gap of every pairing (flagged per the
 * map's threshold and minimum pairs); per stage, the metrics of the touchpoints whose card sits in it. With `by`
 * month or quarter, the same figures per UTC period follow in `periods`: an interaction counts in the period of
 * its earliest answer time, periods come in time order, and a period without answers is left out. With `by` site,
 * they follow per site in `sites`, sorted by code point; answers without a site count only in the whole. The CLI
 * and the app's host both call this, so they agree figure by figure.
 */
export function surveyStats(target: SurveyTarget, by?: StatsSplit): SurveyStats {
  const whole = query(target, split(undefined));
  const stats: SurveyStats = assemble(target.doc, whole.rows, whole.counts.get(''));
  if (!by) return stats;
  const parts = groups(target, by);
  if (by === 'site') {
    const names = [...parts.keys()].sort(compareSites);
    return { ...stats, sites: names.map((site) => ({ site, ...parts.get(site)! })) };
  }
  // "2026-09" and "2026-Q3" both sort as text in time order.
  const periods = [...parts.keys()].sort();
  return { ...stats, periods: periods.map((period) => ({ period, ...parts.get(period)! })) };
}

/** Most comments `gapDetails` returns per side. */
export const MAX_GAP_COMMENTS = 5;

/**
 * Distinct comments of one side at a touchpoint: interactions whose paired answers disagree first, then other
 * linked pairs, then the rest, each in import order.
 */
const gapCommentsSql = `
  WITH per AS (
    SELECT interaction_id,
      MIN(CASE WHEN respondent = 'customer' AND question = @c THEN ${YES_NO} END) AS c,
      MIN(CASE WHEN respondent = 'employee' AND question = @e THEN ${YES_NO} END) AS e
    FROM survey_responses WHERE touchpoint = @t GROUP BY interaction_id
  )
  SELECT r.comment AS comment,
    MIN(CASE WHEN per.c <> per.e THEN 0 WHEN per.c IS NOT NULL AND per.e IS NOT NULL THEN 1 ELSE 2 END) AS rank,
    MIN(r.id) AS first
  FROM survey_responses r JOIN per ON per.interaction_id = r.interaction_id
  WHERE r.touchpoint = @t AND r.respondent = @side AND trim(r.comment) <> ''
  GROUP BY r.comment
  ORDER BY rank, first
  LIMIT ${MAX_GAP_COMMENTS}`;

/**
 * Sample comments behind the perception gap of one pairing at one touchpoint: up to five distinct comments from
 * each side, those from interactions where the two sides disagreed first. Throws not_found for an unknown pairing.
 */
export function gapDetails(target: SurveyTarget, touchpoint: string, pairingId: string): GapDetails {
  const pairing = target.doc.pairings.find((p) => p.id === pairingId);
  if (!pairing) throw new ApiFailure('not_found', 'That question pairing is no longer on the map.');
  const key = touchpoint.trim().toLowerCase();
  const statement = target.database.prepare(gapCommentsSql);
  const params = {
    t: key,
    c: pairing.customerQuestion.trim().toLowerCase(),
    e: pairing.employeeQuestion.trim().toLowerCase(),
  };
  const comments = (side: Side): string[] =>
    (statement.all({ ...params, side }) as { comment: string }[]).map((r) => r.comment);
  return {
    touchpoint: key,
    customerQuestion: pairing.customerQuestion,
    employeeQuestion: pairing.employeeQuestion,
    customerComments: comments('customer'),
    employeeComments: comments('employee'),
  };
}
