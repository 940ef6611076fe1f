import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and Redo, each naming the step it would take (as a tooltip) and disabled when there is none. */
export function UndoRedoButtons() {
  const t = useT('app');
  const undoLabel = useEditor((s) => s.past.at(-1)?.label ?? null);
  const redoLabel = useEditor((s) => s.future.at(-1)?.label ?? null);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  return (
    <fieldset className="undo-redo" aria-label={t('undo.group')}>
      <button
        type="button"
        className="tool-button"
        onClick={undo}
        disabled={undoLabel === null}
        title={undoLabel ? t('undo.title', { step: undoLabel, key: `${MOD}Z` }) : t('undo.nothing')}
        aria-label={undoLabel ? t('undo.aria', { step: undoLabel }) : t('undo.label')}
      >
        ↶ {t('undo.label')}
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={redo}
        disabled={redoLabel === null}
        title={redoLabel ? t('redo.title', { step: redoLabel, key: `${MOD}Shift+Z` }) : t('redo.nothing')}
        aria-label={redoLabel ? t('redo.aria', { step: redoLabel }) : t('redo.label')}
      >
        ↷ {t('redo.label')}
      </button>
    </fieldset>
  );
}
