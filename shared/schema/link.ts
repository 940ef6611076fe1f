import { z } from 'zod';
import { idSchema, titleText } from './common';

/** flow: sequence; support: a below-the-line card enabling an above-the-line one; handoff: work passes between teams. */
export const linkKindSchema = z.enum(['flow', 'support', 'handoff']);
export type LinkKind = z.infer<typeof linkKindSchema>;

/** A directed connection between two cards. */
export const linkSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The card the link starts at. */
  fromId: idSchema,
  /** The card the link ends at. */
  toId: idSchema,
  /** What the link means. */
  kind: linkKindSchema,
  /** Optional label drawn on the link. */
  label: titleText(120),
});
export type Link = z.infer<typeof linkSchema>;
