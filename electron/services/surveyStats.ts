import { NO_SPELLINGS, YES_SPELLINGS } from '../../shared/metrics/answers';
import { cesFromCounts, csatFromCounts, npsFromCounts, roundTo } from '../../shared/metrics/formulas';
import { gapFromCounts, type GapRule } from '../../shared/metrics/gaps';
import type { MetricFigures, SurveyStats, TouchpointStats } from '../../shared/metrics/surveySchemas';
import type { Side } from '../../shared/schema/common';
import type { TandemDoc } from '../../shared/schema/document';
import type { SurveyTarget } from './surveyImport';

export type { GapStats, MetricFigures, SurveyStats, TouchpointStats } from '../../shared/metrics/surveySchemas';

/** Counts behind the metrics, additive so a stage's counts are the sum of its touchpoints'. */
interface Counts {
  npsN: number; npsPro: number; npsDet: number;
  enpsN: number; enpsPro: number; enpsDet: number;
  csatN: number; csatSat: number;
  cesN: number; cesSum: number;
}
const COUNT_FIELDS: (keyof Counts)[] = ['npsN', 'npsPro', 'npsDet', 'enpsN', 'enpsPro', 'enpsDet', 'csatN', 'csatSat', 'cesN', 'cesSum'];

/** Which question and side a standard metric reads: the map's definition of that kind, else the kind's own key. */
function metricSource(doc: TandemDoc, kind: 'nps' | 'csat' | 'ces' | 'enps', side: Side): { q: string; side: Side } {
  const def = doc.metrics.find((m) => m.kind === kind);
  return { q: (def?.questionKey ?? kind).trim().toLowerCase(), side: def?.side ?? side };
}

// Stored answers are already trimmed by the importer; the numeric test is "plain digits", as in parseScaleValue.
const NUM = `CASE WHEN value GLOB '[0-9]*' AND NOT value GLOB '*[^0-9]*' THEN CAST(value AS INTEGER) END`;
const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
// Generated from the same spellings as parseYesNo so the importer and the statistics can never disagree.
const YES_NO = `CASE lower(value) ${YES_SPELLINGS.map((s) => `WHEN ${quote(s)} THEN 1`).join(' ')} ${NO_SPELLINGS.map((s) => `WHEN ${quote(s)} THEN 0`).join(' ')} END`;

const COUNTS_SQL = `
  SELECT touchpoint,
    COUNT(DISTINCT CASE WHEN respondent = 'customer' THEN interaction_id END) AS customers,
    COUNT(DISTINCT CASE WHEN respondent = 'employee' THEN interaction_id END) AS employees,
    TOTAL(question = @npsQ AND respondent = @npsSide AND num BETWEEN 0 AND 10) AS npsN,
    TOTAL(question = @npsQ AND respondent = @npsSide AND num BETWEEN 9 AND 10) AS npsPro,
    TOTAL(question = @npsQ AND respondent = @npsSide AND num BETWEEN 0 AND 6) AS npsDet,
    TOTAL(question = @enpsQ AND respondent = @enpsSide AND num BETWEEN 0 AND 10) AS enpsN,
    TOTAL(question = @enpsQ AND respondent = @enpsSide AND num BETWEEN 9 AND 10) AS enpsPro,
    TOTAL(question = @enpsQ AND respondent = @enpsSide AND num BETWEEN 0 AND 6) AS enpsDet,
    TOTAL(question = @csatQ AND respondent = @csatSide AND num BETWEEN 1 AND 5) AS csatN,
    TOTAL(question = @csatQ AND respondent = @csatSide AND num BETWEEN 4 AND 5) AS csatSat,
    TOTAL(question = @cesQ AND respondent = @cesSide AND num BETWEEN 1 AND 7) AS cesN,
    TOTAL(CASE WHEN question = @cesQ AND respondent = @cesSide AND num BETWEEN 1 AND 7 THEN num END) AS cesSum
  FROM (SELECT touchpoint, interaction_id, respondent, question, ${NUM} AS num FROM survey_responses)
  GROUP BY touchpoint`;

// One answer per interaction and side is guaranteed by the importer; MIN keeps a pair a pair even if that ever slips.
const GAPS_SQL = `
  WITH side AS (
    SELECT touchpoint, interaction_id, respondent, MIN(${YES_NO}) AS yes
    FROM survey_responses
    WHERE (respondent = 'customer' AND question = @c) OR (respondent = 'employee' AND question = @e)
    GROUP BY touchpoint, interaction_id, respondent
  )
  SELECT c.touchpoint, COUNT(*) AS pairs, TOTAL(c.yes <> e.yes) AS disagree
  FROM side c JOIN side e ON e.touchpoint = c.touchpoint AND e.interaction_id = c.interaction_id
  WHERE c.respondent = 'customer' AND e.respondent = 'employee' AND c.yes IS NOT NULL AND e.yes IS NOT NULL
  GROUP BY c.touchpoint`;

function figures(c: Counts | undefined): MetricFigures {
  if (!c) return { nps: null, csat: null, ces: null, enps: null };
  return {
    nps: roundTo(npsFromCounts({ n: c.npsN, promoters: c.npsPro, detractors: c.npsDet }), 1),
    csat: roundTo(csatFromCounts({ n: c.csatN, satisfied: c.csatSat }), 1),
    ces: roundTo(cesFromCounts({ n: c.cesN, sum: c.cesSum }), 2),
    enps: roundTo(npsFromCounts({ n: c.enpsN, promoters: c.enpsPro, detractors: c.enpsDet }), 1),
  };
}

function add(a: Counts | undefined, b: Counts): Counts {
  if (!a) return { ...b };
  const sum = { ...a };
  for (const f of COUNT_FIELDS) sum[f] += b[f];
  return sum;
}

/**
 * Survey statistics of the open map, aggregated in SQL: per touchpoint key seen in the responses, the answer
 * counts, NPS / CSAT / CES / eNPS and the perception gap of every pairing (flagged per the map's threshold and
 * minimum pairs); per stage, the metrics of the touchpoints whose card sits in it.
 */
export function surveyStats(target: SurveyTarget): SurveyStats {
  const { database: db, doc } = target;
  const sources = {
    nps: metricSource(doc, 'nps', 'customer'),
    csat: metricSource(doc, 'csat', 'customer'),
    ces: metricSource(doc, 'ces', 'customer'),
    enps: metricSource(doc, 'enps', 'employee'),
  };
  const params: Record<string, string> = {};
  for (const [kind, s] of Object.entries(sources)) {
    params[`${kind}Q`] = s.q;
    params[`${kind}Side`] = s.side;
  }
  const rows = db.prepare(COUNTS_SQL).all(params) as ({ touchpoint: string; customers: number; employees: number } & Counts)[];
  const rule: GapRule = { threshold: doc.meta.gapThreshold, minPairs: doc.meta.gapMinPairs };
  const gapStatement = db.prepare(GAPS_SQL);
  const gapsByPairing = doc.pairings.map((p) => {
    const c = p.customerQuestion.trim().toLowerCase();
    const e = p.employeeQuestion.trim().toLowerCase();
    const found = new Map((gapStatement.all({ c, e }) as { touchpoint: string; pairs: number; disagree: number }[]).map((r) => [r.touchpoint, r]));
    return { customer: p.customerQuestion, employee: p.employeeQuestion, found };
  });

  const stageById = new Map(doc.stages.map((s) => [s.id, s]));
  const cardByKey = new Map(doc.cards.filter((c) => c.key !== null).map((c) => [c.key!, c]));
  const stageCounts = new Map<string, Counts>();
  const touchpoints = rows.map((r): TouchpointStats & { order: number } => {
    const card = cardByKey.get(r.touchpoint);
    const stage = card ? stageById.get(card.stageId) : undefined;
    if (stage) stageCounts.set(stage.id, add(stageCounts.get(stage.id), r));
    return {
      key: r.touchpoint,
      card: card ? { id: card.id, title: card.title, stage: stage?.name ?? '' } : null,
      responses: { customer: r.customers, employee: r.employees },
      metrics: figures(r),
      gaps: gapsByPairing.map(({ customer, employee, found }) => {
        const g = found.get(r.touchpoint);
        const gap = gapFromCounts(g?.pairs ?? 0, g?.disagree ?? 0, rule);
        return { customer, employee, pairs: gap.pairs, disagree: gap.disagree, share: roundTo(gap.share, 3), flagged: gap.flagged };
      }),
      order: stage ? stage.order : Number.POSITIVE_INFINITY,
    };
  });
  // Journey order: by the stage of the touchpoint's card, then key; keys that match no card come last.
  touchpoints.sort((a, b) => (a.order === b.order ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.order < b.order ? -1 : 1));
  const stages = [...doc.stages].sort((a, b) => a.order - b.order).map((s) => ({ id: s.id, name: s.name, metrics: figures(stageCounts.get(s.id)) }));
  return { touchpoints: touchpoints.map(({ order: _order, ...t }) => t), stages };
}
