import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useEditorStore } from '../../store/useEditor';
import { cardCount, deleteCommand, neighbourOf, type Axis } from './structureCommands';

interface Props {
  axis: Axis;
  id: string;
  name: string;
  onClose(): void;
}

const noun = (axis: Axis) => (axis === 'stage' ? 'stage' : 'lane');
const plural = (n: number) => (n === 1 ? '1 card' : `${n} cards`);

/**
 * Asks what happens to the cards of a stage or lane being deleted: delete them too, or move them to the
 * neighbouring stage or lane. Either way it is one undoable step.
 */
export function DeleteDialog({ axis, id, name, onClose }: Props) {
  const store = useEditorStore();
  const ref = useRef<HTMLDivElement>(null);
  const doc = store.getState().doc;
  const count = cardCount(doc, axis, id);
  const neighbour = neighbourOf(doc, axis, id);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('.structure-dialog__safe')?.focus();
  }, []);

  const run = (toId: string | null) => {
    onClose();
    store.getState().dispatch(deleteCommand(axis, id, toId), `Delete ${noun(axis)}`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const title = name.trim() || `Untitled ${noun(axis)}`;
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
        <h2 id="structure-dialog-title">
          Delete the {noun(axis)} “{title}”?
        </h2>
        {count === 0 ? (
          <p>It has no cards. You can undo this.</p>
        ) : (
          <p>
            It holds {plural(count)}. What should happen to {count === 1 ? 'it' : 'them'}? You can undo either choice.
          </p>
        )}
        <div className="structure-dialog__actions">
          {count > 0 && neighbour && (
            <button
              type="button"
              className="structure-dialog__safe structure-dialog__primary"
              onClick={() => run(neighbour.id)}
            >
              Move {count === 1 ? 'it' : 'them'} to “{neighbour.name.trim() || `untitled ${noun(axis)}`}”
            </button>
          )}
          <button type="button" className="structure-dialog__danger" onClick={() => run(null)}>
            {count === 0 ? `Delete ${noun(axis)}` : `Delete the ${plural(count)} too`}
          </button>
          <button type="button" className={count === 0 ? 'structure-dialog__safe' : ''} onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
