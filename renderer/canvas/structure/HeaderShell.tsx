import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useEditor, useEditorStore } from '../../store/useEditor';
import type { EditorStore } from '../../store/editorStore';
import { DeleteDialog } from './DeleteDialog';
import { HeaderMenu, type MenuItem } from './HeaderMenu';
import { InlineRename } from './InlineRename';
import { cannotDelete, insertStageCommand, itemsOf, moveToIndexCommand, type Axis } from './structureCommands';
import { useReorderDrag, useResizeDrag, type Box } from './useHeaderDrag';

interface Props {
  axis: Axis;
  id: string;
  name: string;
  box: Box;
  className: string;
  titleClassName: string;
  /** Shown above the title (a lane's kind). */
  before?: ReactNode;
  /** Shown below the title (a lane's side). */
  after?: ReactNode;
  /** A stage's description, shown as its tooltip. */
  description?: string;
}

const NOUN: Record<Axis, string> = { stage: 'stage', lane: 'lane' };

function menuItems(store: EditorStore, axis: Axis, id: string): MenuItem[] {
  const { doc } = store.getState();
  const items = itemsOf(doc, axis);
  const index = items.findIndex((i) => i.id === id);
  const dispatch = store.getState().dispatch;
  const move = (to: number, label: string) => {
    const cmd = moveToIndexCommand(store.getState().doc, axis, id, to);
    if (cmd) dispatch(cmd, label);
  };
  const insert = (at: number) => {
    const { cmd, id: newId } = insertStageCommand(store.getState().doc, at);
    if (dispatch(cmd, 'Add stage')) store.getState().startRename(newId);
  };
  const first = index <= 0;
  const last = index >= items.length - 1;
  const [back, forward] = axis === 'stage' ? ['Move left', 'Move right'] : ['Move up', 'Move down'];
  // The keyboard's way into a lane that has no card yet (N adds beside the selected card, in its lane): the new
  // card opens in the first stage, ready for its title, and Alt+arrows take it on to its stage.
  const firstStage = [...doc.stages].sort((a, b) => a.order - b.order)[0];
  const lane = axis === 'lane' ? doc.lanes.find((l) => l.id === id) : undefined;
  const addCard =
    lane && lane.kind !== 'metrics' && firstStage
      ? [{ label: 'Add card', onSelect: () => void store.getState().addCardInCell(lane.id, firstStage.id) }]
      : [];
  return [
    ...addCard,
    { label: 'Rename', onSelect: () => store.getState().startRename(id) },
    ...(axis === 'stage'
      ? [
          { label: 'Insert stage before', onSelect: () => insert(index) },
          { label: 'Insert stage after', onSelect: () => insert(index + 1) },
        ]
      : []),
    {
      label: back,
      onSelect: () => move(index - 1, `Move ${NOUN[axis]}`),
      reason: first ? `Already the first ${NOUN[axis]}` : null,
    },
    {
      label: forward,
      onSelect: () => move(index + 1, `Move ${NOUN[axis]}`),
      reason: last ? `Already the last ${NOUN[axis]}` : null,
    },
    { label: `Delete ${NOUN[axis]}…`, danger: true, onSelect: () => undefined, reason: cannotDelete(doc, axis) },
  ];
}

/**
 * What stage and lane headers share: double-click to rename, a menu (right-click or the ⋯ button), drag the
 * header to reorder, drag its far edge to resize, and delete through a dialog that asks about the cards.
 */
export function HeaderShell({ axis, id, name, box, className, titleClassName, before, after, description }: Props) {
  const store = useEditorStore();
  const renaming = useEditor((s) => s.renamingId === id);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const reorder = useReorderDrag(axis, id, box);
  const resize = useResizeDrag(axis, id, box);
  const closeMenu = useCallback(() => setMenuAt(null), []);

  const openMenu = (e: MouseEvent<HTMLElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setMenuAt({ x: e.clientX, y: e.clientY });
  };
  const openFromButton = (e: MouseEvent<HTMLButtonElement>) => {
    e.stopPropagation();
    const r = e.currentTarget.getBoundingClientRect();
    setMenuAt({ x: r.left, y: r.bottom + 4 });
  };
  const items = menuAt
    ? menuItems(store, axis, id).map((item) => (item.danger ? { ...item, onSelect: () => setDeleting(true) } : item))
    : [];
  const commit = (next: string) => {
    store.getState().endRename();
    if (axis === 'stage')
      store.getState().dispatch({ type: 'stage/update', id, patch: { name: next } }, 'Rename stage');
    else store.getState().dispatch({ type: 'lane/update', id, patch: { title: next } }, 'Rename lane');
  };
  const label = name.trim() || `Untitled ${NOUN[axis]}`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click, right-click and drag are pointer gestures; the ⋯ button offers the keyboard the same Rename, Move and Delete
    <div
      className={`${className} structure-header structure-header--${axis} nodrag nopan${reorder.dragging ? ' structure-header--dragging' : ''}`}
      {...{ [`data-${axis}-id`]: id }}
      title={axis === 'stage' ? description || undefined : undefined}
      onDoubleClick={(e) => {
        e.stopPropagation();
        store.getState().startRename(id);
      }}
      onContextMenu={openMenu}
      {...reorder.handlers}
    >
      {before}
      {renaming ? (
        <InlineRename
          value={name}
          label={`Name of the ${NOUN[axis]}`}
          maxLength={120}
          onCommit={commit}
          onCancel={() => store.getState().endRename()}
        />
      ) : (
        <div className={titleClassName}>{name}</div>
      )}
      {after}
      <button
        type="button"
        className="structure-header__menu-button"
        aria-label={`${axis === 'stage' ? 'Stage' : 'Lane'} menu: ${label}`}
        aria-haspopup="menu"
        onClick={openFromButton}
      />
      <div
        className={`structure-resize structure-resize--${axis}`}
        title={axis === 'stage' ? 'Drag to change the width' : 'Drag to change the height'}
        {...resize.handlers}
      />
      {reorder.preview}
      {resize.preview}
      {menuAt && <HeaderMenu label={`${label} ${NOUN[axis]}`} items={items} at={menuAt} onClose={closeMenu} />}
      {deleting && <DeleteDialog axis={axis} id={id} name={name} onClose={() => setDeleting(false)} />}
    </div>
  );
}
