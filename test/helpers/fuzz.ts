// Shared pieces of the fuzz tests (test/integration/fuzz*.test.ts): byte mutations, value mutations (a path into a
// value, replaced or deleted) and the "refused properly" check.
import fc from 'fast-check';
import { expect } from 'vitest';
import { ApiFailure, type ApiErrorCode } from '../../shared/api/result';

/** One damage done to a file's bytes; positions are fractions of the length, so they fit any input. */
export type ByteMutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Bit flips, truncations, inserted and overwritten runs of bytes, 1–6 of them. */
export const byteMutations = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.nat(7) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        at: position,
        bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('overwrite' as const),
        at: position,
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
    },
  ),
  { minLength: 1, maxLength: 6 },
);

/** Applies the mutations in order to a copy of `input`. */
export function mutate(input: Uint8Array, mutations: readonly ByteMutation[]): Buffer {
  let bytes = Buffer.from(input);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    if (m.kind === 'flip' && bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    else if (m.kind === 'overwrite') {
      bytes = Buffer.from(bytes);
      bytes.set(m.bytes.subarray(0, Math.max(0, bytes.length - at)), at);
    }
  }
  return bytes;
}

/** Every path to a value inside `value` (objects and arrays), the root first. */
export function paths(
  value: unknown,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `root` with the value at `path` replaced (or deleted when `replacement` is undefined). */
export function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

/** The longest a single input may take: a hang is a failure, not a slow pass. */
export const CASE_LIMIT_MS = 10_000;

/**
 * Runs `work` and returns its result, or the ApiFailure it refused with. Fails on any other throw (a crash, an
 * untyped error), on a refusal coded `internal` or not among `codes`, on an empty message, and on a run over 10 s.
 */
export async function refusedOr<T>(
  work: () => T | Promise<T>,
  codes: readonly ApiErrorCode[],
): Promise<{ ok: true; value: T } | { ok: false; error: ApiFailure }> {
  const started = performance.now();
  let outcome: { ok: true; value: T } | { ok: false; error: ApiFailure };
  try {
    outcome = { ok: true, value: await work() };
  } catch (err) {
    if (!(err instanceof ApiFailure)) throw new Error(`not a typed refusal: ${String(err)}`, { cause: err });
    expect(codes, `refused with "${err.code}": ${err.message}`).toContain(err.code);
    expect(err.message.trim().length, 'a refusal says why').toBeGreaterThan(5);
    outcome = { ok: false, error: err };
  }
  expect(performance.now() - started, 'one input took too long').toBeLessThan(CASE_LIMIT_MS);
  return outcome;
}

/** fast-check's seed for this run: FC_SEED when set, to repeat a failure (fast-check prints it). */
export const fcSeed = (): number => Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
