import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { cardCount, deleteCommand, neighbourOf, type Axis } from './structureCommands';

interface Props {
  axis: Axis;
  id: string;
  name: string;
  onClose(): void;
}

/**
 * Asks what happens to the cards of a stage or lane being deleted: delete them too, or move them to the
 * neighbouring stage or lane. Either way it is one undoable step.
 */
export function DeleteDialog({ axis, id, name, onClose }: Props) {
  const store = useEditorStore();
  const t = useT('canvas');
  const ref = useRef<HTMLDivElement>(null);
  const doc = store.getState().doc;
  const count = cardCount(doc, axis, id);
  const neighbour = neighbourOf(doc, axis, id);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('.structure-dialog__safe')?.focus();
  }, []);

  const run = (toId: string | null) => {
    onClose();
    store.getState().dispatch(deleteCommand(axis, id, toId), t(`undo.${axis}.delete`));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const title = name.trim() || t(`header.${axis}.untitled`);
  return createPortal(
    <div className="structure-dialog__backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="structure-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="structure-dialog-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="structure-dialog-title">{t(`delete.${axis}.heading`, { name: title })}</h2>
        <p>{count === 0 ? t('delete.noCards') : t('delete.holds', { count })}</p>
        <div className="structure-dialog__actions">
          {count > 0 && neighbour && (
            <button
              type="button"
              className="structure-dialog__safe structure-dialog__primary"
              onClick={() => run(neighbour.id)}
            >
              {t('delete.moveTo', { count, name: neighbour.name.trim() || t(`delete.${axis}.untitledNeighbour`) })}
            </button>
          )}
          <button type="button" className="structure-dialog__danger" onClick={() => run(null)}>
            {count === 0 ? t(`delete.${axis}.button`) : t('delete.cardsToo', { count })}
          </button>
          <button type="button" className={count === 0 ? 'structure-dialog__safe' : ''} onClick={onClose}>
            {t('delete.cancel')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
