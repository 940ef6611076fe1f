import { z } from 'zod';
import { tandemDocSchema } from '../schema/document';

/** A map as the renderer receives it: the document, its revision and where it lives. */
export const openedMapSchema = z.object({
  doc: tandemDocSchema,
  /** Number of commands committed to the file so far. */
  revision: z.number().int().min(0),
  /** Absolute path of the .tandem file. */
  path: z.string(),
});
export type OpenedMap = z.infer<typeof openedMapSchema>;

/** A backup's name inside its map's backup folder: when, which revision, a digest of the content. */
export const backupIdSchema = z
  .string()
  .regex(/^\d{8}T\d{9}Z-r\d{1,15}-[0-9a-f]{12}\.tandem$/, 'not the name of a Tandem backup');

/** One good backup of a map, as the recovery offer names it ("backup from 3 Dec 14:05, 212 cards"). */
export const backupSchema = z.object({
  id: backupIdSchema,
  /** When it was taken, ISO 8601 in UTC. */
  takenAt: z.string(),
  /** The map's revision when it was taken. */
  revision: z.number().int().min(0),
  cards: z.number().int().min(0),
  /** The map's title when it was last backed up ('' when unknown). */
  title: z.string(),
});
export type BackupInfo = z.infer<typeof backupSchema>;

export const templateNameSchema = z.enum(['blank', 'service-blueprint', 'linked-cx-ex', 'employee-journey', 'sample']);
export type TemplateName = z.infer<typeof templateNameSchema>;

/** A version, by its id (the command line also names one by its name). */
export const versionRef = z.string().min(1, 'a version is needed').max(120);
