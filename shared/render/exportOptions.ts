import { z } from 'zod';
import { PAPER_MM } from './tiling';

/** The formats Tandem exports. */
export const exportFormatSchema = z.enum(['pdf', 'png', 'svg', 'json', 'csv']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Paper names PDF export accepts. */
export const paperSchema = z.enum(Object.keys(PAPER_MM) as [keyof typeof PAPER_MM, ...(keyof typeof PAPER_MM)[]]);

/**
 * One export, as the export dialog, the CLI and the API describe it. `path` is the file to write; for CSV it names
 * the pain-point file and the actions file is written beside it, and a PNG too large for one bitmap is written as
 * numbered tiles beside it.
 */
export const exportRequestSchema = z.object({
  format: exportFormatSchema,
  path: z.string().min(1, 'a file path is needed').max(4096),
  paper: paperSchema.default('A3'),
  orientation: z.enum(['portrait', 'landscape']).default('landscape'),
  fit: z.enum(['page', 'tiles']).default('page'),
  /** PDF tiles: CSS px per map px (0.1–4). PNG: device pixels per map pixel (1, 2 or 3). */
  scale: z.number().min(0.1, 'scale must be at least 0.1').max(4, 'scale must be at most 4').default(1),
  /** PDF tiles: fit the stages on this many pages across, at the largest scale that does (instead of `scale`). */
  pagesWide: z
    .number()
    .int('pages wide must be a whole number')
    .min(1, 'pages wide must be at least 1')
    .max(20, 'pages wide must be at most 20')
    .optional(),
  marginMm: z.number().min(0).max(50).default(10),
  appendix: z.boolean().default(false),
  background: z.enum(['white', 'transparent']).default('white'),
  /** PDF Author field. */
  author: z.string().max(200).optional(),
  /** PDF / PNG: instead of the map, the one-page handout of this team (its id or name). */
  handout: z.string().trim().min(1, 'name the team whose handout to export').max(120).optional(),
  /** PDF / PNG: instead of the map, the root-cause trace from this card's (id or title) highest-priority pain point. */
  trace: z.string().trim().min(1, 'name the card whose pain to trace').max(500).optional(),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** The file extension each format writes. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  pdf: '.pdf',
  png: '.png',
  svg: '.svg',
  json: '.json',
  csv: '.csv',
};
