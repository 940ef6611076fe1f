import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { applyCommand } from '../../shared/commands/apply';
import { CommandError } from '../../shared/commands/errors';
import type { Command } from '../../shared/commands/types';
import { createFromTemplate } from '../../shared/templates/index';
import { commandFrom } from '../helpers/randomCommands';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

describe('memory and file agree', () => {
  it('random command sequences (with undos and refusals) give the same document in memory, in the store and after reopening', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (seeds, undoFlags) => {
          const path = join(tempDir(), `p${run++}.tandem`);
          let memory = createFromTemplate('sample', 'Property', new Date('2026-01-01T00:00:00Z'));
          const store = DocumentStore.create(path, memory);
          const undo: Command[] = [];
          seeds.forEach((seed, n) => {
            const cmd = undoFlags[n] && undo.length ? undo.pop()! : commandFrom(memory, seed, n);
            let expected: ReturnType<typeof applyCommand> | CommandError;
            try {
              expected = applyCommand(memory, cmd);
            } catch (err) {
              expected = err as CommandError;
            }
            if (expected instanceof CommandError) {
              expect(() => store.apply(cmd)).toThrow(expected.message);
            } else {
              const result = store.apply(cmd);
              expect(result.inverse).toEqual(expected.inverse);
              memory = expected.doc;
              undo.push(expected.inverse);
            }
            expect(store.doc).toEqual(memory);
          });
          const revision = store.revision;
          store.close();
          const reopened = DocumentStore.open(path);
          expect(reopened.revision).toBe(revision);
          expect(reopened.doc).toEqual(memory);
          expect(reopened.check()).toEqual({ ok: true, problems: [] });
          reopened.close();
        },
      ),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? Date.now() % 100_000) },
    );
  });
});
