// Fuzzing the survey importer with CSV files as they arrive broken in practice: cut short, bits flipped, saved as
// UTF-16 or Latin-1, a huge cell, thousands of columns. Each file is imported whole or refused with a reason, and a
// refused file leaves the map's answers exactly as they were.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { importSurvey } from '../../electron/services/surveyImport';
import { createFromTemplate } from '../../shared/templates/index';
import { byteMutations, fcSeed, mutate, refusedOr } from '../helpers/fuzz';
const sample = readFileSync(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url), 'utf8');
/** The header and 14 answers of the sample survey, one with a comment in three scripts. */
const lines = sample.split('\n').slice(0, 15);
lines[3] = `${lines[3]}"Café – очередь – 排队"`;
const base = `${lines.join('\n')}\n`;

let dir: string;
let store: DocumentStore;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-fuzz-'));
  store = DocumentStore.create(join(dir, 'survey.tandem'), createFromTemplate('sample'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the map holds of surveys, in full enough detail to see any change. */
function answersNow(): unknown {
  return store.database
    .prepare(
      "SELECT (SELECT COUNT(*) FROM survey_imports) AS imports, (SELECT COUNT(*) FROM survey_responses) AS answers, (SELECT group_concat(id || value || coalesce(comment, ''), ',') FROM survey_responses) AS detail",
    )
    .get();
}

/** Imports `bytes` as a file; on a refusal, nothing about the map or its answers may have changed. */
async function importsOrRefusesCleanly(bytes: Uint8Array): Promise<'imported' | 'refused'> {
  const file = join(dir, `answers-${n++}.csv`);
  writeFileSync(file, bytes);
  const before = { answers: answersNow(), doc: store.doc, revision: store.revision };
  const r = await refusedOr(() => importSurvey(store, file), ['invalid', 'conflict']);
  if (r.ok) return 'imported';
  expect(answersNow(), 'a refused file changes no answer').toEqual(before.answers);
  expect(store.doc).toBe(before.doc);
  expect(store.revision).toBe(before.revision);
  return 'refused';
}

/** Encodes text as UTF-16 (little or big endian, with or without a byte-order mark). */
function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('fuzzing the survey importer', () => {
  it('imports whole or refuses cleanly: cut short, bits flipped, bytes inserted or overwritten (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        await importsOrRefusesCleanly(mutate(Buffer.from(base), mutations));
      }),
      { numRuns: 1000, seed: fcSeed() },
    );
  });

  it('refuses UTF-16 and Latin-1 files with a reason that names the encoding, changing nothing', async () => {
    const outcomes: string[] = [];
    for (const bytes of [
      utf16(base, false, true),
      utf16(base, false, false),
      utf16(base, true, true),
      utf16(base, true, false),
      Buffer.from(base, 'latin1'),
    ]) {
      const file = join(dir, `encoded-${n++}.csv`);
      writeFileSync(file, bytes);
      const before = answersNow();
      const r = await refusedOr(() => importSurvey(store, file), ['invalid']);
      expect(r.ok).toBe(false);
      if (!r.ok) outcomes.push(r.error.message);
      expect(answersNow()).toEqual(before);
    }
    for (const message of outcomes) expect(message).toMatch(/UTF-8|column|header|not imported/);
  });

  it('imports whole or refuses cleanly: random cells, a huge cell, thousands of columns (300 cases)', async () => {
    const cell = fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a""b"', '\r', '\n', '\u0000', '=1+1', '\uFEFF') },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { maxLength: 12 }),
        fc.boolean(),
        async (rows, withHeader) => {
          const header = withHeader ? `${lines[0]}\n` : '';
          await importsOrRefusesCleanly(Buffer.from(header + rows.map((r) => r.join(',')).join('\n')));
        },
      ),
      { numRuns: 300, seed: fcSeed() },
    );
    const hugeCell = base.replace('"Café', `"${'x'.repeat(8_000_000)} Café`);
    const manyColumns = base
      .split('\n')
      .map((l, i) =>
        l === '' ? l : `${l}${Array.from({ length: 5000 }, (_, c) => (i === 0 ? `,extra${c}` : ',1')).join('')}`,
      )
      .join('\n');
    const manyRows = `${lines[0]}\n${'T1,customer,checkout,nps,9,,\n'.repeat(200_000)}`;
    for (const text of [hugeCell, manyColumns, manyRows, '\n\n\n', '\uFEFF', ',,,,,,\n'.repeat(1000)])
      await importsOrRefusesCleanly(Buffer.from(text));
  });
});
