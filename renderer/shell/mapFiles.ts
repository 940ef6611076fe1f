import type { OpenedMap, TemplateName } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';

/** How a file action ended: a map to show, nothing (cancelled), a path needed from the user, or a message. */
export type FileOutcome =
  | { kind: 'opened'; opened: OpenedMap }
  | { kind: 'cancelled' }
  /** The host has no file dialogs (the browser host): ask for a path in a text field instead. */
  | { kind: 'needPath' }
  | { kind: 'failed'; message: string };

const failed = (message: string): FileOutcome => ({ kind: 'failed', message });

import { fileNameFor } from '../ui/fileNames';

export { fileNameFor, folderOf } from '../ui/fileNames';

/** Opens the map at `path`. */
export async function openPath(client: TandemClient, path: string): Promise<FileOutcome> {
  const r = await client['map/open']({ path });
  return r.ok ? { kind: 'opened', opened: r.data } : failed(r.error.message);
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

/** Creates a map from a template at `path` and opens it. */
export async function createMap(
  client: TandemClient,
  args: { template: TemplateName; title: string; path: string },
): Promise<FileOutcome> {
  const r = await client['map/new']({
    path: args.path,
    template: args.template,
    ...(args.title.trim() ? { title: args.title.trim() } : {}),
  });
  return r.ok ? { kind: 'opened', opened: r.data } : failed(r.error.message);
}
