import { z } from 'zod';
import { TEXT_LIMITS } from '../limits';
import { idSchema, longText, sideSchema, titleText } from './common';

/** A customer or employee persona. */
export const personaSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Customer or employee. */
  side: sideSchema,
  /** Persona name. */
  name: titleText(120),
  /** Role or segment. */
  role: titleText(200),
  /** What they want. */
  goals: longText,
  /** What gets in their way. */
  frustrations: longText,
  /** Picture as a data: URL (PNG/JPEG/WebP), or null. */
  picture: z
    .string()
    .max(TEXT_LIMITS.picture, 'picture must be under 1.5 MB')
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'picture must be a PNG, JPEG or WebP data URL')
    .nullable(),
});
export type Persona = z.infer<typeof personaSchema>;
