import { useEditor } from '../store/useEditor';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and Redo, each naming the step it would take (as a tooltip) and disabled when there is none. */
export function UndoRedoButtons() {
  const undoLabel = useEditor((s) => s.past.at(-1)?.label ?? null);
  const redoLabel = useEditor((s) => s.future.at(-1)?.label ?? null);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  return (
    <fieldset className="undo-redo" aria-label="History">
      <button
        type="button"
        className="tool-button"
        onClick={undo}
        disabled={undoLabel === null}
        title={undoLabel ? `Undo ${undoLabel} (${MOD}Z)` : 'Nothing to undo'}
        aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={redo}
        disabled={redoLabel === null}
        title={redoLabel ? `Redo ${redoLabel} (${MOD}Shift+Z)` : 'Nothing to redo'}
        aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
      >
        ↷ Redo
      </button>
    </fieldset>
  );
}
