import { useEffect, type ReactNode } from 'react';
import { useEditor } from '../store/useEditor';
import { MapTitle } from './MapTitle';
import { UndoRedoButtons } from './UndoRedoButtons';

/** The file's name without its folder, whichever separator the platform uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The bar on top: map title (double-click to rename), file name, what the editor places in its middle, undo / redo. */
export function TitleBar({ aside }: { aside?: ReactNode } = {}) {
  const title = useEditor((s) => s.doc.meta.title);
  const path = useEditor((s) => s.path);
  // The window title is what the task bar and the window switcher show.
  useEffect(() => {
    document.title = `${title || 'Untitled map'} — Tandem`;
  }, [title]);
  return (
    <header className="title-bar">
      <div className="title-bar__names">
        <MapTitle />
        <span className="title-bar__file" title={path}>
          {fileName(path)}
        </span>
      </div>
      {aside}
      <UndoRedoButtons />
    </header>
  );
}
