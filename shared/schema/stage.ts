import { z } from 'zod';
import { idSchema, orderSchema, titleText } from './common';

/** A column of the journey (Discover, Buy, Use, Get help, …). */
export const stageSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Name shown in the stage header. */
  name: titleText(120),
  /** Left-to-right position; stages are shown sorted by it. */
  order: orderSchema,
  /** Column width in canvas pixels. */
  width: z.number().int().min(160, 'stage width must be at least 160').max(2000, 'stage width must be at most 2000'),
  /** What happens in this stage, for the facilitator. */
  description: titleText(2000),
});
export type Stage = z.infer<typeof stageSchema>;
