import { z } from 'zod';
import { idSchema, sideSchema, titleText } from './common';

/** One imported survey answer (long format). */
export const surveyResponseSchema = z.object({
  /** The interaction both sides answered about. */
  interactionId: z.string().min(1).max(120),
  /** Who answered. */
  respondent: sideSchema,
  /** Touchpoint key; matches a card's `key` when the map has it. */
  touchpoint: z.string().min(1).max(64),
  /** Question key, e.g. `nps` or `solved`. */
  question: z.string().min(1).max(64),
  /** Raw answer as given (trimmed). */
  value: z.string().max(200),
  /** ISO time of the answer, if given. */
  answeredAt: z.string().max(40).nullable(),
  /** Free-text comment. */
  comment: z.string().max(5000),
  /** The site (store, branch, region) the interaction belongs to, trimmed and NFC; null when the file names none. */
  site: z.string().min(1).max(120).nullable(),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** A customer question that mirrors an employee question about the same interaction. */
export const pairingSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Customer-side question key, e.g. `resolved`. */
  customerQuestion: z.string().min(1).max(64),
  /** Employee-side question key, e.g. `solved`. */
  employeeQuestion: z.string().min(1).max(64),
  /** Human label, e.g. "Problem solved". */
  label: titleText(120),
});
export type Pairing = z.infer<typeof pairingSchema>;

export { sideSchema as respondentSchema };
