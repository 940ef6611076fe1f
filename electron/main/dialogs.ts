import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';

const TANDEM_FILTER = [{ name: 'Tandem map', extensions: ['tandem'] }];

/** A file name that is safe to suggest: no folders, no characters the file systems reject, ends in .tandem. */
export function suggestedFileName(name: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry C0 control characters (U+0000–U+001F), so they are replaced on purpose
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .trim();
  const stem = base.replace(/\.tandem$/i, '').trim() || 'Untitled map';
  return `${stem}.tandem`;
}

/** Appends `.tandem` when the user typed a name without it (GTK's save dialog does not add it). */
export function withTandemExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === '.tandem' ? filePath : `${filePath}.tandem`;
}

/** The session's native dialogs: Open and Save As, filtered to .tandem, attached to the window when there is one. */
export function createDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null,
  documentsDir: string,
): {
  open(filters?: { name: string; extensions: string[] }[]): Promise<string | null>;
  save(suggestedName: string, filters?: { name: string; extensions: string[] }[]): Promise<string | null>;
} {
  return {
    async open(filters) {
      // Other filters (a survey CSV) open a file to read, not a map.
      const options = {
        title: filters ? 'Open file' : 'Open map',
        properties: ['openFile' as const],
        filters: filters ?? TANDEM_FILTER,
      };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async save(suggestedName, filters) {
      if (filters) return saveExport(dialog, window(), documentsDir, suggestedName, filters);
      const options = {
        title: 'Save map as',
        defaultPath: path.join(documentsDir, suggestedFileName(suggestedName)),
        filters: TANDEM_FILTER,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withTandemExtension(result.filePath);
    },
  };
}

/** The Save dialog of an export: the suggested name as given (it carries its extension), that extension enforced. */
async function saveExport(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  win: BrowserWindow | null,
  documentsDir: string,
  suggestedName: string,
  filters: { name: string; extensions: string[] }[],
): Promise<string | null> {
  const base =
    path
      .basename(suggestedName.replace(/\\/g, '/'))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry C0 control characters (U+0000–U+001F), so they are replaced on purpose
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
      .trim() || 'export';
  const options = {
    title: 'Export to',
    defaultPath: path.isAbsolute(suggestedName) ? suggestedName : path.join(documentsDir, base),
    filters,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const ext = filters[0]?.extensions[0];
  // GTK's dialog does not add the extension of the chosen filter.
  return ext && path.extname(result.filePath).toLowerCase() !== `.${ext.toLowerCase()}`
    ? `${result.filePath}.${ext}`
    : result.filePath;
}
