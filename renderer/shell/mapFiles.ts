import type { OpenedMap, TemplateName } from '../../shared/api/contract';
import type { Language } from '../../shared/vocabulary/language';
import type { TandemClient } from '../api/client';

/** How a file action ended: a map to show, nothing (cancelled), a path needed from the user, or a message. */
export type FileOutcome =
  | { kind: 'opened'; opened: OpenedMap }
  | { kind: 'cancelled' }
  /** The host has no file dialogs (the browser host): ask for a path in a text field instead. */
  | { kind: 'needPath' }
  /** `damagedPath`: the map that could not be opened because it is damaged or unreadable, for the recovery offer. */
  | { kind: 'failed'; message: string; damagedPath?: string };

const failed = (message: string): FileOutcome => ({ kind: 'failed', message });

import { fileNameFor, folderOf } from '../ui/fileNames';

export { fileNameFor, folderOf } from '../ui/fileNames';

/** Opens the map at `path`; a damaged or unreadable map's failure names it, so that a backup can be offered. */
export async function openPath(client: TandemClient, path: string): Promise<FileOutcome> {
  const r = await client['map/open']({ path });
  if (r.ok) return { kind: 'opened', opened: r.data };
  const damaged = r.error.code === 'damaged' || r.error.code === 'invalid';
  return damaged ? { kind: 'failed', message: r.error.message, damagedPath: path } : failed(r.error.message);
}

/** The name suggested for a recovered copy: beside the damaged map, "… (recovered).tandem". */
export function recoveredNameFor(path: string): string {
  const name = path.slice(folderOf(path).length).replace(/\.tandem$/i, '');
  return `${name || 'Untitled map'} (recovered).tandem`;
}

/** Writes the newest good backup of the damaged map at `path` to `out` as a new file, and opens the copy. */
export async function recoverTo(client: TandemClient, path: string, out: string): Promise<FileOutcome> {
  const r = await client['map/recover']({ path, out });
  return r.ok ? { kind: 'opened', opened: r.data } : failed(r.error.message);
}

/** Asks the host's Save dialog where the recovered copy goes, then writes it there. */
export async function recoverWithDialog(client: TandemClient, path: string): Promise<FileOutcome> {
  const picked = await client['dialog/save']({ suggestedName: recoveredNameFor(path) });
  if (!picked.ok) return picked.error.code === 'unsupported' ? { kind: 'needPath' } : failed(picked.error.message);
  return picked.data.path ? recoverTo(client, path, picked.data.path) : { kind: 'cancelled' };
}

/** Asks the host's Open dialog for a file, then opens it. */
export async function openWithDialog(client: TandemClient): Promise<FileOutcome> {
  const picked = await client['dialog/open']({});
  if (!picked.ok) return picked.error.code === 'unsupported' ? { kind: 'needPath' } : failed(picked.error.message);
  return picked.data.path ? openPath(client, picked.data.path) : { kind: 'cancelled' };
}

/** Copies the open map to `path` and switches to the copy, as Save As does everywhere. */
export async function saveAsPath(client: TandemClient, path: string): Promise<FileOutcome> {
  const saved = await client['map/saveAs']({ path });
  if (!saved.ok) return failed(saved.error.message);
  const current = await client['map/current']({});
  return current.ok ? { kind: 'opened', opened: current.data } : failed(current.error.message);
}

/** Asks the host's Save dialog where to put a copy, then saves it there. */
export async function saveAsWithDialog(client: TandemClient, title: string): Promise<FileOutcome> {
  const picked = await client['dialog/save']({ suggestedName: fileNameFor(title) });
  if (!picked.ok) return picked.error.code === 'unsupported' ? { kind: 'needPath' } : failed(picked.error.message);
  return picked.data.path ? saveAsPath(client, picked.data.path) : { kind: 'cancelled' };
}

/** Creates a map from a template at `path`, in the map language chosen, and opens it. */
export async function createMap(
  client: TandemClient,
  args: { template: TemplateName; title: string; path: string; language: Language },
): Promise<FileOutcome> {
  const r = await client['map/new']({
    path: args.path,
    template: args.template,
    ...(args.title.trim() ? { title: args.title.trim() } : {}),
    language: args.language,
  });
  return r.ok ? { kind: 'opened', opened: r.data } : failed(r.error.message);
}
