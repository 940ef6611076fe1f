import { z } from 'zod';
import { languageSchema } from '../vocabulary/language';
import { idSchema, longText, titleText } from './common';
import { indexSettingSchema } from './cxIndex';

/** Map-wide settings and title block. */
export const mapMetaSchema = z.object({
  /** Stable id of the map. */
  id: idSchema,
  /** Map title shown in the title bar and on exports. */
  title: titleText(200),
  /** What the map is about. */
  description: longText,
  /** ISO time the map was created. */
  createdAt: z.string().max(40),
  /** The customer persona chosen for the title block, if any. */
  customerPersonaId: idSchema.nullable(),
  /** The employee persona chosen for the title block, if any. */
  employeePersonaId: idSchema.nullable(),
  /** Disagreement share at or above which a perception gap is flagged (0…1). */
  gapThreshold: z.number().min(0, 'gap threshold must be 0–1').max(1, 'gap threshold must be 0–1'),
  /** Minimum number of linked pairs before a gap can be flagged. */
  gapMinPairs: z.number().int().min(1, 'minimum pairs must be at least 1').max(100_000),
  /**
   * The map's own language: its exports (legend, line and page labels, headings, CSV columns) speak it, whatever
   * the UI's. A new map records its template's language; one made before languages has none and reads as English.
   * Optional rather than defaulted, so a `map/update` patch that leaves it out never resets it.
   */
  language: languageSchema.optional(),
  /** How the CX + EX index combines the metrics; absent, it is the mean of NPS and eNPS (see `DEFAULT_INDEX`). */
  index: indexSettingSchema.optional(),
});
export type MapMeta = z.infer<typeof mapMetaSchema>;
