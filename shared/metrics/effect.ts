import { z } from 'zod';
import type { TandemDoc } from '../schema/document';
import { type MetricKind, metricKindSchema } from '../schema/metric';
import type { Opportunity } from '../schema/opportunity';
import { type EvidenceAnswer, figureFrom, type MetricSource, metricSourceOf } from './evidence';
import { roundTo } from './formulas';
import { FIGURE_DECIMALS } from './targets';

/**
 * An action judged by its effect (docs/user-guide/promises.md): for each touchpoint whose pain the action answers,
 * each metric's figure over the EFFECT_WINDOW_DAYS days before the done day against the same number of days after
 * it. The done day itself belongs to neither side (the change was under way that day): with done day D, "before"
 * is D − 90 … D − 1 and "after" is D + 1 … D + 90, both ends included, by the UTC day of each interaction's
 * earliest answer. A side with fewer than EFFECT_MIN_N answers says so instead of a figure, and then there is no
 * change.
 */

/** Days compared on each side of the done day. */
export const EFFECT_WINDOW_DAYS = 90;
/** Fewer answers than this on a side say too little to compare. */
export const EFFECT_MIN_N = 10;

const daySchema = z.string();
const spanSchema = z.object({ from: daySchema, to: daySchema });

/** One side of a comparison: the figure (null when there are too few answers) and the answers behind it. */
export const effectSideSchema = z.object({
  value: z.number().nullable(),
  n: z.number().int().min(0),
  /** n ≥ EFFECT_MIN_N: the figure is shown. */
  enough: z.boolean(),
});
export type EffectSide = z.infer<typeof effectSideSchema>;

/** One metric before and after. */
export const metricEffectSchema = z.object({
  metric: metricKindSchema,
  before: effectSideSchema,
  after: effectSideSchema,
  /** after − before, in the metric's unit, when both sides have enough answers; else null. */
  change: z.number().nullable(),
});
export type MetricEffect = z.infer<typeof metricEffectSchema>;

/** The effect of one action: its periods and, per touchpoint it reaches, the metrics with answers on either side. */
export const actionEffectSchema = z.object({
  actionId: z.string(),
  doneAt: daySchema,
  before: spanSchema,
  after: spanSchema,
  touchpoints: z.array(
    z.object({
      cardId: z.string(),
      key: z.string(),
      title: z.string(),
      metrics: z.array(metricEffectSchema),
    }),
  ),
});
export type ActionEffect = z.infer<typeof actionEffectSchema>;

/** The day `days` after `day` (negative: before), both `YYYY-MM-DD` in UTC. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The periods compared around a done day. */
export function effectPeriods(doneAt: string): {
  before: { from: string; to: string };
  after: { from: string; to: string };
} {
  return {
    before: { from: addDays(doneAt, -EFFECT_WINDOW_DAYS), to: addDays(doneAt, -1) },
    after: { from: addDays(doneAt, 1), to: addDays(doneAt, EFFECT_WINDOW_DAYS) },
  };
}

/** The metrics an effect is read in: those the map defines with arithmetic, else the four standard ones. */
function effectSources(doc: TandemDoc): MetricSource[] {
  const defined: MetricKind[] = doc.metrics.map((m) => m.kind);
  const kinds = defined.length > 0 ? [...new Set(defined)] : (['nps', 'csat', 'ces', 'enps'] as const);
  return kinds.map((k) => metricSourceOf(doc, k)).filter((s) => s !== null);
}

/** The touchpoints an action reaches: the keyed cards of the pain points it answers, once each, in the map's order. */
export function effectTouchpoints(doc: TandemDoc, action: Opportunity): TandemDoc['cards'] {
  const cardIds = new Set(
    action.painPointIds.map((id) => doc.painPoints.find((p) => p.id === id)?.cardId).filter((id) => id !== undefined),
  );
  return doc.cards.filter((c) => cardIds.has(c.id) && c.key !== null);
}

function side(answers: readonly EvidenceAnswer[], source: MetricSource): EffectSide {
  const f = figureFrom(answers, source);
  const enough = f.n >= EFFECT_MIN_N;
  return { value: enough ? f.value : null, n: f.n, enough };
}

/**
 * The before / after figures of a done action with a done day, from the answers at its touchpoints; null for an
 * action that is not done or has no day. Metrics without an answer on either side are left out.
 */
export function actionEffect(
  doc: TandemDoc,
  action: Opportunity,
  answers: readonly EvidenceAnswer[],
): ActionEffect | null {
  if (action.status !== 'done' || action.doneAt === undefined) return null;
  const periods = effectPeriods(action.doneAt);
  const within = (a: EvidenceAnswer, span: { from: string; to: string }) =>
    a.day !== null && a.day >= span.from && a.day <= span.to;
  const sources = effectSources(doc);
  const touchpoints = effectTouchpoints(doc, action).map((card) => {
    const here = answers.filter((a) => a.touchpoint === card.key);
    const before = here.filter((a) => within(a, periods.before));
    const after = here.filter((a) => within(a, periods.after));
    const metrics = sources
      .map((source): MetricEffect => {
        const b = side(before, source);
        const a = side(after, source);
        const change =
          b.value !== null && a.value !== null ? roundTo(a.value - b.value, FIGURE_DECIMALS[source.kind]) : null;
        return { metric: source.kind, before: b, after: a, change };
      })
      .filter((m) => m.before.n > 0 || m.after.n > 0);
    return { cardId: card.id, key: card.key!, title: card.title, metrics };
  });
  return { actionId: action.id, doneAt: action.doneAt, ...periods, touchpoints };
}

/** The effects of every done action with a done day, in the map's order. */
export function actionEffects(doc: TandemDoc, answers: readonly EvidenceAnswer[]): ActionEffect[] {
  return doc.opportunities.map((o) => actionEffect(doc, o, answers)).filter((e) => e !== null);
}
