import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const writer = fileURLToPath(new URL('../fixtures/crashWriter.ts', import.meta.url));

describe('a crash while editing', () => {
  it('loses no committed edit: after the process is killed the file opens at the last revision it reported', async () => {
    const path = join(tempDir(), 'crash.tandem');
    DocumentStore.create(path, createFromTemplate('sample')).close();
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = chunk.toString().trim().split('\n');
        last = Number(lines[lines.length - 1]);
        if (last >= 200) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));
    expect(checkFile(path).ok).toBe(true);
    const store = DocumentStore.open(path);
    // Every revision the writer saw committed is on disk; at most the one in flight may be there too.
    expect(store.revision).toBeGreaterThanOrEqual(last);
    expect(store.doc.cards.find((c) => c.title.startsWith('edit '))?.title).toBe(`edit ${store.revision}`);
    store.close();
  });
});
