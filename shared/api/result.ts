import { z } from 'zod';

/** Why a call failed. */
export const apiErrorCodeSchema = z.enum([
  'invalid_arguments',
  'invalid',
  /** A file that failed its checks (integrity, references, schema, limits): it is not opened for editing. */
  'damaged',
  'not_found',
  'conflict',
  'stale',
  'io',
  'unsupported',
  'unauthorized',
  /** The path named is not one the user chose (docs/reliability.md, "Files"); nothing was read or written. */
  'forbidden',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiErrorSchema = z.object({ code: apiErrorCodeSchema, message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Every call answers with this envelope; failures never throw across the boundary. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** An error a service throws on purpose; its code and message reach the caller as they are. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}
