import { z } from 'zod';
import { TEXT_LIMITS } from '../limits';
import { idSchema, longText, titleText } from './common';

/** Where an action stands. */
export const opportunityStatusSchema = z.enum(['idea', 'planned', 'in_progress', 'done', 'dropped']);

/** An opportunity or action that answers one or more pain points. */
export const opportunitySchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** What will be done. */
  title: titleText(300),
  /** Detail. */
  description: longText,
  /** The pain points it answers. */
  painPointIds: z.array(idSchema).max(TEXT_LIMITS.painPointsPerAction),
  /** The team that owns the action, if any. */
  ownerTeamId: idSchema.nullable(),
  /** 1 (trivial) … 5 (large). */
  effort: z.number().int().min(1, 'effort must be 1–5').max(5, 'effort must be 1–5'),
  /** Where it stands. */
  status: opportunityStatusSchema,
});
export type Opportunity = z.infer<typeof opportunitySchema>;
