import { z } from 'zod';

/** The metrics a map's CX + EX index may combine. */
export const indexMetricSchema = z.enum(['nps', 'enps', 'csat', 'ces'], {
  error: (issue) => `an index part must be nps, enps, csat or ces, not ${JSON.stringify(issue.input)}`,
});
export type IndexMetric = z.infer<typeof indexMetricSchema>;

/** One metric of the index and its weight. */
export const indexPartSchema = z.object({
  /** Which metric, put on 0–100 before it is weighted. */
  metric: indexMetricSchema,
  /** Its weight; a part of weight 0 is left out. */
  weight: z.number().min(0, 'an index weight must be 0–100').max(100, 'an index weight must be 0–100'),
});
export type IndexPart = z.infer<typeof indexPartSchema>;

/**
 * How the map's CX + EX index is made: the weighted mean of its parts, each on 0–100. Absent, the index is the
 * plain mean of NPS and eNPS.
 */
export const indexSettingSchema = z
  .object({
    /** The metrics combined, each once, with their weights. */
    parts: z.array(indexPartSchema).min(1, 'the index needs at least one metric').max(4),
  })
  .refine((s) => new Set(s.parts.map((p) => p.metric)).size === s.parts.length, 'each metric may be in the index once')
  .refine((s) => s.parts.some((p) => p.weight > 0), 'at least one index weight must be above 0');
export type IndexSetting = z.infer<typeof indexSettingSchema>;

/** The index a map has when it sets none: NPS and eNPS, weighted equally. */
export const DEFAULT_INDEX: IndexSetting = {
  parts: [
    { metric: 'nps', weight: 1 },
    { metric: 'enps', weight: 1 },
  ],
};
