import { useState, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { useEditorStore } from '../../store/useEditor';
import { folderOf } from '../../ui/fileNames';
import { PathDialog } from './PathDialog';

interface Ask {
  /** The file name offered (the Save dialog's suggestion, the path field's last part). */
  suggestedName: string;
  format?: 'pdf' | 'csv';
  title: string;
  fieldLabel: string;
  submitLabel: string;
  /** Writes there; resolves to a problem in words, or null when done. */
  write: (path: string) => Promise<string | null>;
}

/**
 * Asks where to write a file: the host's Save dialog on the desktop, a path field beside the open map where the host
 * has none (the browser host). Returns the asking function and the path dialog to render while it is open.
 */
export function useSavePath(): { ask: (a: Ask) => Promise<void>; dialog: ReactElement | null } {
  const store = useEditorStore();
  const [asking, setAsking] = useState<Ask | null>(null);
  const ask = async (a: Ask) => {
    const r = await store.getState().askSavePath(a.suggestedName, a.format);
    if (r.kind === 'needPath') setAsking(a);
    else if (r.kind === 'failed') store.getState().showError(r.message);
    else if (r.kind === 'path') {
      const problem = await a.write(r.path);
      if (problem) store.getState().showError(problem);
    }
  };
  // On the page itself: inside the banner (moved with a transform) or the scrolling panel, a modal would be drawn
  // in their box rather than over the window.
  const dialog = asking
    ? createPortal(
        <PathDialog
          title={asking.title}
          fieldLabel={asking.fieldLabel}
          submitLabel={asking.submitLabel}
          initial={`${folderOf(store.getState().path)}${asking.suggestedName}`}
          onPath={asking.write}
          onClose={() => setAsking(null)}
        />,
        document.body,
      )
    : null;
  return { ask, dialog };
}
