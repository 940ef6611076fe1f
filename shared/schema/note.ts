import { z } from 'zod';
import { authorSchema } from './author';
import { idSchema } from './common';

/** The longest note: a few sentences said in the room, not a document. */
export const NOTE_MAX_CHARS = 2_000;

/**
 * A note from the room (ADR 0027): on a card, or loose in the **parking lot** (`cardId: null`) until someone drags it
 * onto the card it belongs to.
 */
export const noteSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The card it is attached to; null while it waits in the parking lot. */
  cardId: idSchema.nullable(),
  /** What was said, as typed (untrusted text: shown as text everywhere). */
  text: z
    .string()
    .max(NOTE_MAX_CHARS, `a note has at most ${NOTE_MAX_CHARS.toLocaleString('en')} characters`)
    .refine((s) => s.trim().length > 0, 'a note needs some text'),
  /** Who added it in a live workshop; absent for the facilitator's own notes. */
  author: authorSchema.optional(),
  /** When it was written (ISO 8601): the parking lot lists the newest first. */
  createdAt: z.string().max(40),
});
export type Note = z.infer<typeof noteSchema>;
