import type { Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';

/** Thrown inside the stream when the bytes are not UTF-8; turned into a readable failure by the caller. */
export class EncodingError extends Error {}

/**
 * Hashes the exact bytes, counts them for the progress bar and decodes them as strict UTF-8. A wrong encoding
 * (Latin-1, UTF-16 from "Unicode text" exports) stops the import instead of turning into mojibake in the map.
 * Strings go out in object mode so papaparse never re-decodes a character split across two chunks.
 */
export function decodingStream(onBytes: (n: number) => void, hash: Hash): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new EncodingError('not utf-8');
    }
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      hash.update(chunk);
      onBytes(chunk.length);
      try {
        const text = decode(chunk);
        done(null, text === '' ? undefined : text);
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        const text = decode();
        done(null, text === '' ? undefined : text);
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/** Line (1-based) of the first byte that is not valid UTF-8, for the error message. Reads the file again: only on that error path. */
export function lineOfBadByte(path: string): number {
  const bytes = readFileSync(path);
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += len;
  }
  return line;
}
