import { z } from 'zod';
import { idSchema, titleText } from './common';

/** A named version of the whole map. The document itself is stored beside it. */
export const snapshotSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Name given by the user. */
  name: titleText(120).min(1, 'snapshot name must not be empty'),
  /** ISO time it was taken. */
  createdAt: z.string().max(40),
  /** Map revision it was taken at. */
  revision: z.number().int().min(0),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
