import { z } from 'zod';
import { authorSchema } from './author';
import { idSchema, longText, titleText } from './common';

/** Whose pain it is. */
export const painSideSchema = z.enum(['customer', 'employee', 'both']);
export type PainSide = z.infer<typeof painSideSchema>;

/** Where a pain point stands. */
export const painStatusSchema = z.enum(['open', 'investigating', 'addressed', 'wont_fix']);
export type PainStatus = z.infer<typeof painStatusSchema>;

/** A pain point hung on a card. */
export const painPointSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The card it hangs on. */
  cardId: idSchema,
  /** One-line description. */
  title: titleText(300),
  /** Customer, employee or both. */
  side: painSideSchema,
  /** 1 (minor) … 5 (severe). */
  severity: z.number().int().min(1, 'severity must be 1–5').max(5, 'severity must be 1–5'),
  /** 1 (few people) … 5 (nearly everyone). */
  reach: z.number().int().min(1, 'reach must be 1–5').max(5, 'reach must be 1–5'),
  /** What the pain is known from (quotes, data, observation). */
  evidence: longText,
  /** Dot votes from a workshop. */
  votes: z.number().int().min(0, 'votes cannot be negative').max(10_000),
  /** Where it stands. */
  status: painStatusSchema,
  /** Who added it in a live workshop; absent for the facilitator's own pain points. */
  author: authorSchema.optional(),
});
export type PainPoint = z.infer<typeof painPointSchema>;
