import { z } from 'zod';
import { MAX_SURVEY_BYTES } from '../limits';
import { assignmentsSchema } from '../metrics/surveySchemas';

/** Largest survey file the renderer may send as text (`survey/importContent`); see shared/limits.ts. */
export const MAX_SURVEY_CONTENT = MAX_SURVEY_BYTES;

/** A survey import's id (`survey/remove`, `survey/restore`, `replace`). */
export const importId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** Survey text the renderer read from a file input, under the name the user knows it by. */
export const surveyContent = {
  fileName: z.string().min(1, 'a file name is needed').max(255),
  content: z.string().max(MAX_SURVEY_CONTENT, `the survey file is larger than ${MAX_SURVEY_CONTENT / 1024 / 1024} MB`),
};
/** What the user chose in the review step: assignments of unmatched keys, and the import the file replaces. */
export const importChoices = { assign: assignmentsSchema.optional(), replace: importId.optional() };

/** Sample comments behind one perception gap (`survey/gapDetails`): at most 5 distinct comments a side. */
export const gapDetailsSchema = z.object({
  touchpoint: z.string(),
  customerQuestion: z.string(),
  employeeQuestion: z.string(),
  customerComments: z.array(z.string()),
  employeeComments: z.array(z.string()),
});
export type GapDetails = z.infer<typeof gapDetailsSchema>;
