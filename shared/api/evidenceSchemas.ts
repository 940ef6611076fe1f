import { z } from 'zod';
import { promiseRowSchema } from '../insight/promises';
import { actionEffectSchema } from '../metrics/effect';

/** The map's promises and its done actions judged by its answers: what `evidence/read` returns. */
export const mapEvidenceSchema = z.object({
  /** Every card's promise with its figure, n and status, in journey order. */
  promises: z.array(promiseRowSchema),
  /** The before / after of every done action with a done day, in the map's order. */
  effects: z.array(actionEffectSchema),
});
export type MapEvidence = z.infer<typeof mapEvidenceSchema>;
