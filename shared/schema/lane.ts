import { z } from 'zod';
import { idSchema, orderSchema, sideSchema, titleText } from './common';

/**
 * Kinds of lane. Blueprint lines are derived from their order:
 * interaction (customer | frontstage), visibility (frontstage | backstage),
 * internal interaction (backstage | support).
 */
export const laneKindSchema = z.enum([
  'customer',
  'touchpoint',
  'frontstage',
  'backstage',
  'support',
  'employee',
  'emotion',
  'metrics',
  'notes',
]);
export type LaneKind = z.infer<typeof laneKindSchema>;

/** A row of the map. */
export const laneSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** What the lane holds; decides its look and the blueprint lines. */
  kind: laneKindSchema,
  /** Title shown in the lane header. */
  title: titleText(120),
  /** Top-to-bottom position; lanes are shown sorted by it. */
  order: orderSchema,
  /** Whose view the lane shows: the emotion curve's side, or the side of a journey lane. */
  side: sideSchema,
  /** Row height in canvas pixels. */
  height: z.number().int().min(60, 'lane height must be at least 60').max(1200, 'lane height must be at most 1200'),
});
export type Lane = z.infer<typeof laneSchema>;

/** Which side a lane kind belongs to when the user does not say otherwise. */
export function defaultSideForKind(kind: LaneKind): z.infer<typeof sideSchema> {
  return kind === 'customer' || kind === 'touchpoint' ? 'customer' : 'employee';
}
