import { z } from 'zod';
import { idSchema, sideSchema, titleText } from './common';

/** Standard metric kinds; each has fixed arithmetic (see shared/metrics). */
export const metricKindSchema = z.enum(['nps', 'csat', 'ces', 'enps', 'yes_share', 'custom']);
export type MetricKind = z.infer<typeof metricKindSchema>;

/** A metric the map tracks. */
export const metricDefinitionSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Display name. */
  name: titleText(80).min(1, 'metric name must not be empty'),
  /** Arithmetic used when computed from responses. */
  kind: metricKindSchema,
  /** Whose answers it reads. */
  side: sideSchema,
  /** Survey question key it is computed from, if any. */
  questionKey: z.string().max(64).nullable(),
  /** Target value (same unit as the metric), or null. */
  target: z.number().finite().nullable(),
});
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;

/** A value typed in by hand for one card or one stage. */
export const metricValueBaseSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The metric it is a value of. */
  metricId: idSchema,
  /** The card it belongs to (exactly one of cardId / stageId is set). */
  cardId: idSchema.nullable(),
  /** The stage it belongs to (exactly one of cardId / stageId is set). */
  stageId: idSchema.nullable(),
  /** The figure. */
  value: z.number().finite(),
  /** Number of respondents behind it, if known. */
  n: z.number().int().min(0).nullable(),
  /** Period it covers, e.g. "2026-Q3". */
  period: titleText(40),
});

/** A metric value, with the rule that it belongs to exactly one card or stage. */
export const metricValueSchema = metricValueBaseSchema.refine((v) => (v.cardId === null) !== (v.stageId === null), {
  message: 'a metric value belongs to exactly one card or one stage',
});
export type MetricValue = z.infer<typeof metricValueSchema>;
