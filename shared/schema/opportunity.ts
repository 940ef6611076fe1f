import { z } from 'zod';
import { TEXT_LIMITS } from '../limits';
import { idSchema, longText, titleText } from './common';

/** Where an action stands. */
export const opportunityStatusSchema = z.enum(['idea', 'planned', 'in_progress', 'done', 'dropped']);

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
  }, 'that date does not exist');

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
  /** The day it was done (UTC): set when the status becomes done, absent otherwise; its effect is judged around it. */
  doneAt: calendarDaySchema.optional(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;
