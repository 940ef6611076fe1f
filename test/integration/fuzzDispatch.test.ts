// Fuzzing the API contract's dispatch against a real map in a temp folder: random call names and JSON values, and
// valid commands with one part mutated. Every call answers with the envelope; a refusal is typed (never `internal`)
// and leaves the map as it was, in memory and on disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession, type Session } from '../../electron/services/session';
import { CALL_NAMES, type CallName } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { createFromTemplate } from '../../shared/templates/index';
import { CASE_LIMIT_MS, fcSeed, paths, replaceAt } from '../helpers/fuzz';
import { commandFrom } from '../helpers/randomCommands';

/**
 * Calls that take a file path are left out: with a random but valid path they would write wherever it points.
 * Paths are fuzzed where they are scoped (the file tests); here the map itself is the target.
 */
const PATH_CALLS: readonly CallName[] = [
  'map/open',
  'map/new',
  'map/saveAs',
  'map/recover',
  'survey/import',
  'survey/preview',
  'survey/review',
  'export/run',
];
const SAFE_CALLS = CALL_NAMES.filter((c) => !PATH_CALLS.includes(c));

let dir: string;
let session: Session;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-fuzz-'));
  file = join(dir, 'dispatch.tandem');
  DocumentStore.create(file, createFromTemplate('sample', 'Dispatch', new Date('2026-01-01T09:00:00Z'))).close();
  session = createSession({ host: 'browser', version: '0.0.0-fuzz', dataDir: join(dir, 'data') });
  await session.open(file);
});
afterAll(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const store = (): DocumentStore =>
  session.store() ??
  (() => {
    throw new Error('no map open');
  })();

/** Calls `name` and checks the envelope; a refusal must leave the open map exactly as it was. */
async function answers(name: string, args: unknown): Promise<ApiResult<unknown>> {
  const before = { doc: store().doc, revision: store().revision };
  const started = performance.now();
  const result = await dispatch(session.api, name, args);
  expect(performance.now() - started, 'one call took too long').toBeLessThan(CASE_LIMIT_MS);
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return result;
  expect(result.error.code, `${name} refused with: ${result.error.message}`).not.toBe('internal');
  expect(result.error.message.length).toBeGreaterThan(5);
  expect(store().doc, 'a refused call changes nothing').toBe(before.doc);
  expect(store().revision).toBe(before.revision);
  return result;
}

describe('fuzzing dispatch', () => {
  it('answers random names and random arguments with the envelope, refusing with a typed reason (1,500 cases)', async () => {
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...SAFE_CALLS) },
      { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'map/apply/', '', 'MAP/APPLY') },
      { weight: 1, arbitrary: fc.string() },
    );
    await fc.assert(
      fc.asyncProperty(name, fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.anything({ maxDepth: 3 })), async (n, args) => {
        await answers(n, args);
      }),
      { numRuns: 1500, seed: fcSeed() },
    );
  });

  it('applies or refuses mutated commands; the file always matches the map in memory (1,500 cases)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        fc.option(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' }), fc.constant(null)), {
          nil: undefined,
          freq: 4,
        }),
        fc.boolean(),
        fc.boolean(),
        async (seed, at, replacement, mutateIt, staleBase) => {
          const cmd = commandFrom(store().doc, seed, n++);
          const all = paths(cmd);
          const command = mutateIt ? replaceAt(cmd, all[at % all.length]!, replacement) : cmd;
          const before = store().revision;
          const baseRevision = staleBase ? Math.max(0, before - 1 - (at % 3)) : before;
          const result = await answers('map/apply', { command, baseRevision });
          if (result.ok) expect(store().revision).toBe(before + 1);
          // A stale window's command is refused as stale once its arguments parse.
          else if (baseRevision !== before) expect(['stale', 'invalid_arguments']).toContain(result.error.code);
        },
      ),
      { numRuns: 1500, seed: fcSeed() },
    );
    const reopened = DocumentStore.openCopy(file);
    expect(reopened.doc).toEqual(store().doc);
    expect(reopened.revision).toBe(store().revision);
    expect(reopened.check().ok).toBe(true);
    reopened.close();
  });

  it('refuses deep and huge commands with a typed reason', async () => {
    let deep: unknown = { type: 'card/delete', id: 'x' };
    for (let i = 0; i < 5000; i++) deep = { type: 'batch', commands: [deep] };
    const wide = { type: 'batch', commands: Array.from({ length: 100_001 }, () => ({ type: 'card/delete', id: 'x' })) };
    const longTitle = { type: 'map/update', patch: { title: 'x'.repeat(10_000_000) } };
    for (const command of [deep, wide, longTitle]) {
      const r = await answers('map/apply', { command, baseRevision: store().revision });
      expect(r.ok).toBe(false);
    }
  });
});
