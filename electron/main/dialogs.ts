import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';

const TANDEM_FILTER = [{ name: 'Tandem map', extensions: ['tandem'] }];

/** A file name that is safe to suggest: no folders, no characters the file systems reject, ends in .tandem. */
export function suggestedFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').trim();
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
): { open(filters?: { name: string; extensions: string[] }[]): Promise<string | null>; save(suggestedName: string): Promise<string | null> } {
  return {
    async open(filters) {
      // Other filters (a survey CSV) open a file to read, not a map.
      const options = { title: filters ? 'Open file' : 'Open map', properties: ['openFile' as const], filters: filters ?? TANDEM_FILTER };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async save(suggestedName) {
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
