// Fuzzing `.tandem` opening: a valid small map with bits flipped, cut short, or whole pages overwritten. checkFile
// never throws and names a problem when it finds one; DocumentStore.open opens a sound map or refuses with a typed
// reason, and a refused file is left byte for byte as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { makeCard, makePainPoint } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates/index';
import { type ByteMutation, byteMutations, fcSeed, mutate, refusedOr } from '../helpers/fuzz';

const PAGE = 4096;
let dir: string;
let valid: Buffer;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-fuzz-'));
  const file = join(dir, 'valid.tandem');
  const doc = createFromTemplate('service-blueprint', 'Small map', new Date('2026-01-01T09:00:00Z'));
  const store = DocumentStore.create(file, doc);
  for (let i = 0; i < 12; i++) {
    const card = makeCard({
      laneId: doc.lanes[i % doc.lanes.length]!.id,
      stageId: doc.stages[i % 5]!.id,
      title: `Card ${i}`,
      order: i,
    });
    store.apply({ type: 'card/add', card });
    if (i % 3 === 0)
      store.apply({ type: 'painPoint/add', painPoint: makePainPoint({ cardId: card.id, title: `Pain ${i}` }) });
  }
  store.close();
  valid = readFileSync(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A whole page replaced by zeros, 0xFF or noise: what a bad sector or a half-written copy leaves. */
const pageOverwrites = fc.array(
  fc.record({
    page: fc.nat(40),
    fill: fc.constantFrom(0x00, 0xff, -1),
    noise: fc.uint8Array({ minLength: PAGE, maxLength: PAGE }),
  }),
  { minLength: 1, maxLength: 2 },
);

function overwritePages(bytes: Buffer, pages: { page: number; fill: number; noise: Uint8Array }[]): Buffer {
  const out = Buffer.from(bytes);
  const count = Math.ceil(out.length / PAGE);
  for (const { page, fill, noise } of pages) {
    const at = (page % count) * PAGE;
    if (fill < 0) out.set(noise.subarray(0, Math.max(0, out.length - at)), at);
    else out.fill(fill, at, Math.min(out.length, at + PAGE));
  }
  return out;
}

/** Opens the damaged bytes as a map: a sound map, or a typed refusal that leaves the file untouched. */
async function opensOrRefuses(bytes: Buffer): Promise<void> {
  const file = join(dir, `damaged-${n++}.tandem`);
  writeFileSync(file, bytes);
  const check = checkFile(file);
  if (!check.ok) for (const p of check.problems) expect(p.length).toBeGreaterThan(5);
  expect(readFileSync(file).equals(bytes), 'checking a file never changes it').toBe(true);
  const r = await refusedOr(() => DocumentStore.open(file), ['invalid', 'damaged', 'unsupported', 'io']);
  if (r.ok) {
    expect(r.value.check().ok, 'a file that opens is sound').toBe(true);
    r.value.close();
  } else {
    expect(readFileSync(file).equals(bytes), `a refused file is left as it was (${r.error.message})`).toBe(true);
  }
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}

describe('fuzzing .tandem opening', () => {
  it('opens or refuses with a reason: bits flipped, cut short, bytes inserted or overwritten (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations: ByteMutation[]) => {
        await opensOrRefuses(mutate(valid, mutations));
      }),
      { numRuns: 1000, seed: fcSeed() },
    );
  });

  it('opens or refuses with a reason: whole pages overwritten, the header page too (300 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(pageOverwrites, async (pages) => {
        await opensOrRefuses(overwritePages(valid, pages));
      }),
      { numRuns: 300, seed: fcSeed() },
    );
  });

  it('opens or refuses with a reason: an empty file, a lone header, a file cut at every page boundary', async () => {
    for (let end = 0; end < valid.length; end += PAGE) await opensOrRefuses(valid.subarray(0, end));
    await opensOrRefuses(valid.subarray(0, 100));
    await opensOrRefuses(Buffer.from('SQLite format 3\u0000'));
  });
});
