import { z } from 'zod';
import { type EvidenceAnswer, figureFrom, metricSourceOf } from '../metrics/evidence';
import { STATUS_GLYPH, targetStatus } from '../metrics/targets';
import type { BrandPromise, Card } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import { metricKindSchema } from '../schema/metric';

/**
 * Brand promises checked against the evidence (docs/user-guide/promises.md). A promise names a metric and a target;
 * the figure of that metric at the card's touchpoint, from every answer under its key, decides:
 * - **kept**: at least PROMISE_MIN_N answers and the figure at or above the target;
 * - **at risk**: fewer than PROMISE_MIN_N answers (too few to call it kept or broken), or the figure below the
 *   target by no more than the metric's NEAR_MARGIN (10 NPS points, 5 CSAT points, 0.5 CES);
 * - **broken**: at least PROMISE_MIN_N answers and the figure further below the target than that;
 * - **untested**: no answers, no target, no key, or a metric computed from no answers (custom).
 */

/** Fewer answers than this cannot keep or break a promise: it is at risk until the evidence is in. */
export const PROMISE_MIN_N = 10;

export const promiseStatusSchema = z.enum(['kept', 'at_risk', 'broken', 'untested']);
export type PromiseStatus = z.infer<typeof promiseStatusSchema>;

/** Why a promise has its status, for the sentence beside it. */
export const promiseReasonSchema = z.enum([
  'met',
  'near',
  'missed',
  'fewAnswers',
  'noAnswers',
  'noTarget',
  'noKey',
  'notComputed',
]);
export type PromiseReason = z.infer<typeof promiseReasonSchema>;

/** The mark beside a promise on the card, in the table and on paper, so its status never rests on colour alone. */
export const PROMISE_GLYPH: Record<PromiseStatus, string> = {
  kept: STATUS_GLYPH.met,
  at_risk: '!',
  broken: STATUS_GLYPH.missed,
  untested: '?',
};

/** The verdict on a figure with n against a target, and why. */
export function promiseStatus(
  kind: BrandPromise['metric'],
  figure: { value: number | null; n: number },
  target: number | null,
): { status: PromiseStatus; reason: PromiseReason } {
  if (target === null) return { status: 'untested', reason: 'noTarget' };
  if (figure.value === null || figure.n === 0) return { status: 'untested', reason: 'noAnswers' };
  if (figure.n < PROMISE_MIN_N) return { status: 'at_risk', reason: 'fewAnswers' };
  const s = targetStatus(kind, figure.value, target);
  if (s === 'met') return { status: 'kept', reason: 'met' };
  if (s === 'near') return { status: 'at_risk', reason: 'near' };
  return { status: 'broken', reason: 'missed' };
}

/** The target a promise is held to: its own, else the target of the map's metric of that kind; null when neither. */
export function promiseTarget(doc: TandemDoc, promise: BrandPromise): number | null {
  return promise.target ?? doc.metrics.find((m) => m.kind === promise.metric)?.target ?? null;
}

/** One promise with its evidence: a row of the Promises table. */
export const promiseRowSchema = z.object({
  cardId: z.string(),
  /** The card's survey key (null: the promise cannot be tested). */
  key: z.string().nullable(),
  title: z.string(),
  /** The card's stage name. */
  stage: z.string(),
  text: z.string(),
  metric: metricKindSchema,
  /** The target it is held to (its own, or the map's metric's); null when neither is set. */
  target: z.number().nullable(),
  /** Whether the target is the promise's own rather than the map's. */
  ownTarget: z.boolean(),
  /** The metric's figure at the touchpoint from all its answers, rounded as shown; null without answers. */
  value: z.number().nullable(),
  n: z.number().int().min(0),
  status: promiseStatusSchema,
  reason: promiseReasonSchema,
});
export type PromiseRow = z.infer<typeof promiseRowSchema>;

/** The cards with a promise, in journey order (stage, lane, then the card's place). */
export function promisedCards(doc: TandemDoc): Card[] {
  const stage = new Map(doc.stages.map((s) => [s.id, s.order]));
  const lane = new Map(doc.lanes.map((l) => [l.id, l.order]));
  return doc.cards
    .filter((c) => c.promise !== undefined)
    .sort(
      (a, b) =>
        (stage.get(a.stageId) ?? 0) - (stage.get(b.stageId) ?? 0) ||
        (lane.get(a.laneId) ?? 0) - (lane.get(b.laneId) ?? 0) ||
        a.order - b.order,
    );
}

/** Every promise of the map with its figure, n and status, from the answers at the promised touchpoints. */
export function promiseRows(doc: TandemDoc, answers: readonly EvidenceAnswer[]): PromiseRow[] {
  const byKey = new Map<string, EvidenceAnswer[]>();
  for (const a of answers) {
    const list = byKey.get(a.touchpoint);
    if (list) list.push(a);
    else byKey.set(a.touchpoint, [a]);
  }
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  return promisedCards(doc).map((card) => {
    const promise = card.promise!;
    const target = promiseTarget(doc, promise);
    const source = metricSourceOf(doc, promise.metric);
    const figure = card.key !== null && source ? figureFrom(byKey.get(card.key) ?? [], source) : { value: null, n: 0 };
    const verdict =
      card.key === null
        ? { status: 'untested' as const, reason: 'noKey' as const }
        : source === null
          ? { status: 'untested' as const, reason: 'notComputed' as const }
          : promiseStatus(promise.metric, figure, target);
    return {
      cardId: card.id,
      key: card.key,
      title: card.title,
      stage: stageName.get(card.stageId) ?? '',
      text: promise.text,
      metric: promise.metric,
      target,
      ownTarget: promise.target !== undefined,
      ...figure,
      ...verdict,
    };
  });
}
