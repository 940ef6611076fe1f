import { z } from 'zod';
import { TEXT_LIMITS } from '../limits';
import { authorSchema } from './author';
import { idSchema, longText, orderSchema, titleText } from './common';
import { metricKindSchema } from './metric';

/** How sure the team is that a card describes reality. */
export const evidenceSchema = z.enum(['observed', 'assumed', 'proposed']);
export type Evidence = z.infer<typeof evidenceSchema>;

/** A survey-facing touchpoint key such as `checkout`. */
export const cardKeySchema = z
  .string()
  .min(1, 'key must not be empty')
  .max(64, 'key must be at most 64 characters')
  .regex(
    /^[a-z0-9][a-z0-9_.-]*$/,
    'key may contain lower-case letters, digits, "_", "." and "-", and must start with a letter or digit',
  );

/** Emotion on the −2…+2 scale used by emotion lanes. */
export const emotionSchema = z.number().min(-2, 'emotion must be at least −2').max(2, 'emotion must be at most +2');

/**
 * What the brand promises the customer at a touchpoint ("you pay in under two minutes") and the metric whose
 * survey figure tests it (docs/user-guide/promises.md).
 */
export const brandPromiseSchema = z.object({
  /** The promise in the customer's words. */
  text: titleText(200).refine((s) => s.trim() !== '', 'the promise must not be empty'),
  /** The metric kind whose figure at this touchpoint tests the promise. */
  metric: metricKindSchema,
  /** The figure the promise needs (the metric's unit); absent: the target of the map's metric of that kind. */
  target: z.number().finite('the target must be a finite number').optional(),
});
export type BrandPromise = z.infer<typeof brandPromiseSchema>;

/** A sticky note in one lane × stage cell. */
export const cardSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The lane (row) the card sits in. */
  laneId: idSchema,
  /** The stage (column) the card sits in. */
  stageId: idSchema,
  /** Position inside its cell; cards are shown sorted by it. */
  order: orderSchema,
  /** The text on the card. */
  title: titleText(500),
  /** Longer notes shown in the inspector. */
  notes: longText,
  /** The team that owns the step, if any. */
  ownerTeamId: idSchema.nullable(),
  /** Channel or medium (web, phone, branch, POS…). */
  channel: titleText(80),
  /** Free tags. */
  tags: z.array(titleText(40)).max(TEXT_LIMITS.tagsPerCard, `a card may have at most ${TEXT_LIMITS.tagsPerCard} tags`),
  /** Observed, assumed or proposed. */
  evidence: evidenceSchema,
  /** Emotion value on emotion lanes (−2…+2); null elsewhere or when unset. */
  emotion: emotionSchema.nullable(),
  /** Short stable key that survey files use to name this touchpoint. */
  key: cardKeySchema.nullable(),
  /** Who added it in a live workshop; absent for the facilitator's own cards. */
  author: authorSchema.optional(),
  /**
   * Teams that said "we touch this" (a workshop mark, ADR 0029): ids of teams whose work shapes this card without
   * owning it. Absent when no team marked it; an id whose team was deleted since is ignored wherever it is read.
   */
  touchedBy: z
    .array(idSchema)
    .max(TEXT_LIMITS.touchesPerCard, `at most ${TEXT_LIMITS.touchesPerCard} teams may mark one card`)
    .optional(),
  /** The brand promise at this touchpoint, tested by survey answers under the card's key; absent when none. */
  promise: brandPromiseSchema.optional(),
});
export type Card = z.infer<typeof cardSchema>;
