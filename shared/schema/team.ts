import { z } from 'zod';
import { colorSchema, idSchema, titleText } from './common';

/** Where in the organisation a team works. */
export const teamKindSchema = z.enum(['frontline', 'back_office', 'support']);

/** A team that owns cards and actions. */
export const teamSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Team name, e.g. "Finance operations". */
  name: titleText(120).min(1, 'team name must not be empty'),
  /** Colour used on its cards. */
  color: colorSchema,
  /** Frontline, back office or support. */
  kind: teamKindSchema,
});
export type Team = z.infer<typeof teamSchema>;
