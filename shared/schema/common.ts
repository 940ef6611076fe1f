import { z } from 'zod';
import { TEXT_LIMITS, formatCount } from '../limits';

/** An entity id: short, URL-safe, unique within a map. */
export const idSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(64, 'id must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'id may contain only letters, digits, "_" and "-"');
export type Id = z.infer<typeof idSchema>;

/** A sort key: entities in the same container are shown in ascending order. */
export const orderSchema = z.number().finite('order must be a finite number');

/** A colour as `#rrggbb`. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1a2b3c');

/** Which side of an interaction something belongs to. */
export const sideSchema = z.enum(['customer', 'employee']);
export type Side = z.infer<typeof sideSchema>;

/** Short single-line text such as a title. */
export const titleText = (max = 200) => z.string().max(max, `must be at most ${max} characters`);

/** Longer free text such as notes. */
export const longText = z
  .string()
  .max(TEXT_LIMITS.longText, `must be at most ${formatCount(TEXT_LIMITS.longText)} characters`);
