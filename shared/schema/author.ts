import { z } from 'zod';
import { titleText } from './common';

/**
 * Who added a contribution in a live workshop (ADR 0016): stamped by the host from the participant's session, never
 * taken from what the page sent. Lives in the entity's JSON, so older maps need no migration; the facilitator's own
 * work has none.
 */
export const authorSchema = z.object({
  /** The participant's display name, as they typed it (untrusted text: shown as text everywhere). */
  name: titleText(40).pipe(z.string().min(1, 'an author has a name')),
  /** The team they said they are in, if any. */
  team: titleText(80).nullable(),
  /** The facilitator has looked at it and kept it. */
  accepted: z.boolean().optional(),
  /**
   * Added while the workshop was in private mode and not yet revealed: in the file (nothing is lost if Tandem quits),
   * shown to the facilitator, hidden from the other participants until Reveal.
   */
  unrevealed: z.boolean().optional(),
});
export type Author = z.infer<typeof authorSchema>;
