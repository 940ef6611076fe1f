import { z } from 'zod';
import { ApiFailure } from '../api/result';
import { parseDocumentBounded } from '../boundedParse';
import { SCHEMA_VERSION, type TandemDoc } from '../schema/document';

/** The `format` marker of a Tandem JSON export. */
export const JSON_FORMAT = 'tandem-map';
/** The envelope version this build writes and reads. */
export const JSON_VERSION = 1;

/** A lossless JSON copy of a map: `{ format: 'tandem-map', version: 1, doc }`, pretty-printed. */
export function exportJson(doc: TandemDoc): string {
  return `${JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, doc }, null, 2)}\n`;
}

const envelopeSchema = z.object({ format: z.literal(JSON_FORMAT), version: z.number().int(), doc: z.unknown() });

/** The line and column of a character offset, for JSON syntax errors. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads a Tandem JSON export (or a bare document) back into a document, validated with the full schema
 * including references. Throws ApiFailure('invalid', message) with a message a user can act on.
 */
export function importJson(text: string): TandemDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    throw new ApiFailure(
      'invalid',
      `This is not valid JSON${at ? ` (${position(text, Number(at[1]))})` : ''}: ${message}`,
    );
  }
  let candidate: unknown = raw;
  const envelope = envelopeSchema.safeParse(raw);
  if (envelope.success) {
    if (envelope.data.version > JSON_VERSION) {
      throw new ApiFailure(
        'unsupported',
        `This JSON was written by a newer version of Tandem (format version ${envelope.data.version}; this version reads ${JSON_VERSION}). Update Tandem to import it.`,
      );
    }
    candidate = envelope.data.doc;
  } else if (raw && typeof raw === 'object' && 'format' in raw) {
    throw new ApiFailure(
      'invalid',
      `This JSON is not a Tandem map export (its "format" is ${JSON.stringify((raw as { format: unknown }).format)}, expected "${JSON_FORMAT}").`,
    );
  }
  if (!candidate || typeof candidate !== 'object' || !('schemaVersion' in candidate)) {
    throw new ApiFailure(
      'invalid',
      `This JSON is not a Tandem map: expected {"format": "${JSON_FORMAT}", "version": 1, "doc": {...}}.`,
    );
  }
  const version = (candidate as { schemaVersion: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new ApiFailure(
      'unsupported',
      `This map uses document schema ${version}; this version of Tandem reads up to ${SCHEMA_VERSION}. Update Tandem to import it.`,
    );
  }
  // Entity by entity, stopping at the twentieth problem: a file of a million broken cards costs no more than twenty.
  const parsed = parseDocumentBounded(candidate);
  if (!parsed.ok) {
    const count = parsed.more ? `${parsed.problems.length} or more problems` : plural(parsed.problems.length);
    throw new ApiFailure(
      'invalid',
      `The map in this JSON is not valid (${count}): ${parsed.problems.slice(0, 3).join('; ')}${parsed.problems.length > 3 ? '; …' : ''}`,
    );
  }
  return parsed.doc;
}

const plural = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;
