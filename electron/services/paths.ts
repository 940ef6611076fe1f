import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { createFromTemplate } from '../../shared/templates/index';
import { DocumentStore } from './documentStore';

/** Where Tandem keeps its own files (recent list, sample map) outside Electron: TANDEM_HOME, else the XDG data dir. */
export function defaultDataDir(): string {
  if (process.env.TANDEM_HOME) return process.env.TANDEM_HOME;
  if (process.platform === 'win32' && process.env.APPDATA) return join(process.env.APPDATA, 'Tandem');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tandem');
  return join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'Tandem');
}

/**
 * The sample map's path in the data dir, created from the `sample` template the first time. Creation is atomic
 * (a killed first start leaves no half map); when two first starts race, the one that loses uses the other's map.
 */
export function ensureSampleMap(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'Sample map.tandem');
  if (existsSync(path)) return path;
  try {
    DocumentStore.create(path, createFromTemplate('sample')).close();
  } catch (err) {
    if (!(err instanceof ApiFailure && err.code === 'conflict' && existsSync(path))) throw err;
  }
  return path;
}
