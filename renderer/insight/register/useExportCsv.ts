import { useCallback, useState } from 'react';
import type { TandemClient } from '../../api/client';
import { useEditorStore } from '../../store/useEditor';
import { painPointsCsv } from '../../../shared/render/registerCsv';
import { sayIn, uiLanguage } from '../../i18n';
import { numbersIn } from '../format/useNumbers';

/** Where an export stands, in words for the drawer (in the UI's language when it was written). */
export type ExportNote = { kind: 'info' | 'error'; text: string } | null;

function fileBase(title: string): string {
  const say = sayIn('insight');
  const safe = title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || say('csv.untitledMap');
  return say('csv.fileName', { title: safe });
}

/** Offers the CSV as a download in the browser host, where there is no file dialog. */
function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exports the register as CSV. The desktop app asks where to save and lets the host write it (`export/run`, which
 * also writes the actions beside it); the browser host has no save dialog, so the renderer writes the same CSV with
 * the same shared writer and offers it as a download.
 */
export function useExportCsv(client: TandemClient): { run(): Promise<void>; busy: boolean; note: ExportNote } {
  const store = useEditorStore();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<ExportNote>(null);
  const run = useCallback(async () => {
    const doc = store.getState().doc;
    const say = sayIn('insight');
    const name = `${fileBase(doc.meta.title)}.csv`;
    setBusy(true);
    setNote(null);
    try {
      // The CSV filter makes it an export's Save dialog (the name keeps .csv), which grants the path to export/run.
      const picked = await client['dialog/save']({
        suggestedName: name,
        filters: [{ name: say('csv.fileType'), extensions: ['csv'] }],
      });
      if (!picked.ok && picked.error.code === 'unsupported') {
        download(painPointsCsv(doc), name);
        setNote({ kind: 'info', text: say('csv.downloaded', { name }) });
        return;
      }
      if (!picked.ok) return setNote({ kind: 'error', text: picked.error.message });
      if (picked.data.path === null) return;
      const done = await client['export/run']({ format: 'csv', path: picked.data.path });
      if (!done.ok) return setNote({ kind: 'error', text: say('csv.failed', { message: done.error.message }) });
      setNote({ kind: 'info', text: say('csv.saved', { files: numbersIn(uiLanguage()).list(done.data.files) }) });
    } finally {
      setBusy(false);
    }
  }, [client, store]);
  return { run, busy, note };
}
