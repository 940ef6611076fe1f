import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedFileName, withTandemExtension } from './dialogs';
import { mapFromArgv } from './launchFile';
import { defaultMapToOpen } from './startup';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-argv-'));
  writeFileSync(path.join(dir, 'bank.tandem'), '');
  writeFileSync(path.join(dir, 'shop.TANDEM'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mapFromArgv', () => {
  it("finds a .tandem path among Electron's own arguments, relative to the working directory", () => {
    expect(mapFromArgv(['.', '--enable-logging', 'bank.tandem'], dir)).toBe(path.join(dir, 'bank.tandem'));
    expect(mapFromArgv([path.join(dir, 'shop.TANDEM')], '/')).toBe(path.join(dir, 'shop.TANDEM'));
  });

  it('ignores flags, other files, and a map that does not exist', () => {
    expect(mapFromArgv(['.', '--inspect'], dir)).toBeNull();
    expect(mapFromArgv(['notes.txt'], dir)).toBeNull();
    expect(mapFromArgv(['gone.tandem'], dir)).toBeNull();
    expect(mapFromArgv(['--file=bank.tandem'], dir)).toBeNull();
  });

  it('ignores a FIFO or a folder named like a map: opening either would hang or fail', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.tandem')]);
    mkdirSync(path.join(dir, 'folder.tandem'));
    expect(mapFromArgv(['pipe.tandem'], dir)).toBeNull();
    expect(mapFromArgv(['folder.tandem'], dir)).toBeNull();
  });
});

describe('file names for the save dialog', () => {
  it('suggests a safe name ending in .tandem', () => {
    expect(suggestedFileName('Checkout journey')).toBe('Checkout journey.tandem');
    expect(suggestedFileName('../../etc/passwd')).toBe('passwd.tandem');
    expect(suggestedFileName('a:b*c?.tandem')).toBe('a-b-c-.tandem');
    expect(suggestedFileName('   ')).toBe('Untitled map.tandem');
  });

  it('adds .tandem when the user typed a name without it', () => {
    expect(withTandemExtension('/maps/bank')).toBe('/maps/bank.tandem');
    expect(withTandemExtension('/maps/bank.Tandem')).toBe('/maps/bank.Tandem');
  });
});

describe('the map opened at start', () => {
  it('is the most recent map that still exists', async () => {
    const api = {
      'recent/list': () => [
        { path: path.join(dir, 'gone.tandem'), title: 'Gone', openedAt: '2025-01-02T00:00:00Z' },
        { path: path.join(dir, 'bank.tandem'), title: 'Bank', openedAt: '2025-01-01T00:00:00Z' },
      ],
    };
    expect(await defaultMapToOpen(api, () => 'sample')).toBe(path.join(dir, 'bank.tandem'));
  });

  it('is the sample map on first run or when the recent list is unreadable', async () => {
    expect(await defaultMapToOpen({ 'recent/list': () => [] }, () => 'sample')).toBe('sample');
    const broken = {
      'recent/list': (): never => {
        throw new Error('disk on fire');
      },
    };
    expect(await defaultMapToOpen(broken, () => 'sample')).toBe('sample');
  });
});
