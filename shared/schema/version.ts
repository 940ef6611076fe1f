import { z } from 'zod';
import { COLLECTIONS } from './document';
import { idSchema, titleText } from './common';

/** Why a version was kept: automatically after a stretch of editing, by name, or at a moment worth keeping. */
export const versionReasonSchema = z.enum(['auto', 'named', 'closed', 'before-edit', 'before-restore', 'workshop']);
export type VersionReason = z.infer<typeof versionReasonSchema>;

/** A version's name as the user types it: one line, not empty. */
export const versionNameSchema = titleText(120)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'a version needs a name'));

/** The kinds of object a comparison speaks of: every collection of a map, and the map's own settings. */
export const changedObjectSchema = z.enum([...COLLECTIONS, 'map']);
export type ChangedObject = z.infer<typeof changedObjectSchema>;

/** One line of "what changed": how many objects of one kind were added, removed, changed or renamed. */
export const changeCountSchema = z.object({
  object: changedObjectSchema,
  change: z.enum(['added', 'removed', 'changed', 'renamed', 'moved']),
  count: z.number().int().min(1),
});
export type ChangeCount = z.infer<typeof changeCountSchema>;

/** How big the map was when the version was kept. */
export const versionSizeSchema = z.object({
  stages: z.number().int().min(0),
  lanes: z.number().int().min(0),
  cards: z.number().int().min(0),
  links: z.number().int().min(0),
  painPoints: z.number().int().min(0),
});
export type VersionSize = z.infer<typeof versionSizeSchema>;

/** A kept state of the whole map, as the History panel and `tandem history` list it. The document is read apart. */
export const versionInfoSchema = z.object({
  id: idSchema,
  /** The user's name for it; automatic versions have none. */
  name: z.string().max(120).nullable(),
  reason: versionReasonSchema,
  /** ISO time it was kept. */
  createdAt: z.string().max(40),
  /** The map's revision (commands committed) at that time. */
  revision: z.number().int().min(0),
  /** What changed since the version before it (the first version: nothing listed). */
  changes: z.array(changeCountSchema).max(60),
  size: versionSizeSchema,
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;
