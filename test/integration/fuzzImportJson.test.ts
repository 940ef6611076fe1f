// Fuzzing the JSON importer (`tandem import-json`): damaged exports, random JSON, a valid map with one field
// replaced, and a few huge or deeply nested inputs. Each is imported as a map or refused with a typed reason.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importJsonCommand } from '../../electron/cli/commands/importJson';
import { checkFile } from '../../electron/services/fileCheck';
import { exportJson, importJson } from '../../shared/render/json';
import { tandemDocSchema, type TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates/index';
import { byteMutations, fcSeed, mutate, paths, refusedOr, replaceAt } from '../helpers/fuzz';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const doc = createFromTemplate('service-blueprint', 'Fuzzed', new Date('2026-01-01T09:00:00Z'));
const valid = exportJson(doc);

const envelope = JSON.parse(valid) as unknown;
const allPaths = paths(envelope);

/** Imports or refuses; an import must be a valid map. */
async function importsOrRefuses(text: string): Promise<void> {
  const r = await refusedOr(() => importJson(text), ['invalid', 'unsupported']);
  if (r.ok) expect(tandemDocSchema.safeParse(r.value).success).toBe(true);
}

describe('fuzzing the JSON importer', () => {
  it('imports or refuses with a reason: damaged bytes of a valid export (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        await importsOrRefuses(mutate(Buffer.from(valid), mutations).toString('utf8'));
      }),
      { numRuns: 1000, seed: fcSeed() },
    );
  });

  it('imports or refuses with a reason: random JSON, bare or in the export envelope (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), async (value, wrapped) => {
        const body = wrapped ? { format: 'tandem-map', version: 1, doc: value } : value;
        await importsOrRefuses(JSON.stringify(body));
      }),
      { numRuns: 1000, seed: fcSeed() },
    );
  });

  it('imports or refuses with a reason: a valid export with one value replaced or removed (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(allPaths.length - 1),
        fc.option(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' })), { nil: undefined }),
        async (index, replacement) => {
          await importsOrRefuses(JSON.stringify(replaceAt(envelope, allPaths[index]!, replacement)));
        },
      ),
      { numRuns: 1000, seed: fcSeed() },
    );
  });

  it('refuses huge and deeply nested inputs quickly and with a reason', async () => {
    const title = 'x'.repeat(5_000_000);
    const bigDoc = { ...doc, meta: { ...doc.meta, title } } as TandemDoc;
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const deepDoc = `{"schemaVersion":1,"meta":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    const deepCard = `{"format":"tandem-map","version":1,"doc":${valid.slice(valid.indexOf('"doc":') + 6, -2).replace('"cards": [', `"cards": [${'['.repeat(100_000)}${']'.repeat(100_000)},`)}}`;
    for (const text of [exportJson(bigDoc), deep, deepDoc, deepCard, '\uFEFF', '', ' '.repeat(1_000_000)]) {
      const r = await refusedOr(() => importJson(text), ['invalid', 'unsupported']);
      expect(r.ok, text.slice(0, 40)).toBe(false);
    }
  });

  // Before validation stopped at its twentieth problem, 200,000 junk cards took the schema ~40 s to refuse.
  it('refuses 200,000 cards of junk within 10 s', async () => {
    const manyCards = JSON.stringify({ ...doc, cards: Array.from({ length: 200_000 }, (_, i) => ({ id: `c${i}` })) });
    const r = await refusedOr(() => importJson(manyCards), ['invalid']);
    expect(r.ok).toBe(false);
  });

  it('through tandem import-json: a refused file creates no map; an accepted one creates a sound map (200 cases)', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        const source = join(dir, `in-${n}.json`);
        const out = join(dir, `out-${n++}.tandem`);
        writeFileSync(source, mutate(Buffer.from(valid), mutations));
        const errors: string[] = [];
        const code = await importJsonCommand.run({
          positionals: [source],
          values: { out },
          io: { out: () => undefined, err: (line) => errors.push(line) },
          cwd: dir,
        });
        if (code === 0) expect(checkFile(out).ok).toBe(true);
        else {
          expect(errors.join('\n')).toMatch(/^tandem: .{10,}/);
          expect(existsSync(out), 'a refused import leaves no file').toBe(false);
        }
      }),
      { numRuns: 200, seed: fcSeed() },
    );
  });
});
