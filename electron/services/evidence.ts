import type { MapEvidence } from '../../shared/api/evidenceSchemas';
import { type PromiseRow, promiseRows } from '../../shared/insight/promises';
import { actionEffects, effectTouchpoints } from '../../shared/metrics/effect';
import type { EvidenceAnswer } from '../../shared/metrics/evidence';
import type { SurveyStats } from '../../shared/metrics/surveySchemas';
import type { SurveyTarget } from './surveyImport';

/**
 * The answers at some touchpoints, each dated by the UTC day of its interaction's earliest answer time (the rule
 * the statistics split periods by). Only the touchpoints asked for are read.
 */
const answersSql = `
  WITH wanted AS (SELECT value AS key FROM json_each(@keys)),
  ip AS (
    SELECT interaction_id AS ip_id, date(MIN(julianday(answered_at))) AS day
    FROM survey_responses WHERE touchpoint IN (SELECT key FROM wanted) GROUP BY interaction_id
  )
  SELECT r.touchpoint AS touchpoint, r.respondent AS respondent, r.question AS question, r.value AS value, ip.day AS day
  FROM survey_responses r JOIN ip ON ip.ip_id = r.interaction_id
  WHERE r.touchpoint IN (SELECT key FROM wanted)`;

/** The stored answers at the given touchpoint keys. */
export function answersAt(target: SurveyTarget, keys: readonly string[]): EvidenceAnswer[] {
  if (keys.length === 0) return [];
  return target.database.prepare(answersSql).all({ keys: JSON.stringify([...new Set(keys)]) }) as EvidenceAnswer[];
}

/** Every promise of the open map with its figure, n and status. */
export function mapPromises(target: SurveyTarget): PromiseRow[] {
  const keys = target.doc.cards.filter((c) => c.promise && c.key !== null).map((c) => c.key!);
  return promiseRows(target.doc, answersAt(target, keys));
}

/** The promises and the effects of done actions of the open map, from its stored answers. */
export function mapEvidence(target: SurveyTarget): MapEvidence {
  const doc = target.doc;
  const effectKeys = doc.opportunities
    .filter((o) => o.status === 'done' && o.doneAt !== undefined)
    .flatMap((o) => effectTouchpoints(doc, o).map((c) => c.key!));
  const promiseKeys = doc.cards.filter((c) => c.promise && c.key !== null).map((c) => c.key!);
  const answers = answersAt(target, [...promiseKeys, ...effectKeys]);
  return { promises: promiseRows(doc, answers), effects: actionEffects(doc, answers) };
}

/** What `tandem stats --json` says of a touchpoint's promise. */
export interface StatsPromise {
  text: string;
  metric: PromiseRow['metric'];
  status: PromiseRow['status'];
  target: number | null;
  value: number | null;
  n: number;
}

/** The statistics with `promise` on the entry of each touchpoint whose card states one (the rest unchanged). */
export function withPromises(
  stats: SurveyStats,
  promises: readonly PromiseRow[],
): SurveyStats & { touchpoints: (SurveyStats['touchpoints'][number] & { promise?: StatsPromise })[] } {
  const byCard = new Map(promises.map((p) => [p.cardId, p]));
  return {
    ...stats,
    touchpoints: stats.touchpoints.map((t) => {
      const p = t.card ? byCard.get(t.card.id) : undefined;
      if (!p) return t;
      return {
        ...t,
        promise: { text: p.text, metric: p.metric, status: p.status, target: p.target, value: p.value, n: p.n },
      };
    }),
  };
}
