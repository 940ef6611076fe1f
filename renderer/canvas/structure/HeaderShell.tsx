import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useEditor, useEditorStore } from '../../store/useEditor';
import type { EditorStore } from '../../store/editorStore';
import { useT } from '../../i18n';
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

type CanvasT = ReturnType<typeof useT<'canvas'>>;

function menuItems(store: EditorStore, axis: Axis, id: string, t: CanvasT): MenuItem[] {
  const { doc } = store.getState();
  const items = itemsOf(doc, axis);
  const index = items.findIndex((i) => i.id === id);
  const dispatch = store.getState().dispatch;
  const move = (to: number, label: string) => {
    const cmd = moveToIndexCommand(store.getState().doc, axis, id, to);
    if (cmd) dispatch(cmd, label);
  };
  const insert = (at: number) => {
    const { cmd, id: newId } = insertStageCommand(store.getState().doc, at, t('structure.newStage'));
    if (dispatch(cmd, t('undo.addStage'))) store.getState().startRename(newId);
  };
  const first = index <= 0;
  const last = index >= items.length - 1;
  const [back, forward] =
    axis === 'stage' ? [t('menu.moveLeft'), t('menu.moveRight')] : [t('menu.moveUp'), t('menu.moveDown')];
  // The keyboard's way into a lane that has no card yet (N adds beside the selected card, in its lane): the new
  // card opens in the first stage, ready for its title, and Alt+arrows take it on to its stage.
  const firstStage = [...doc.stages].sort((a, b) => a.order - b.order)[0];
  const lane = axis === 'lane' ? doc.lanes.find((l) => l.id === id) : undefined;
  const addCard =
    lane && lane.kind !== 'metrics' && firstStage
      ? [{ label: t('menu.addCard'), onSelect: () => void store.getState().addCardInCell(lane.id, firstStage.id) }]
      : [];
  return [
    ...addCard,
    { label: t('menu.rename'), onSelect: () => store.getState().startRename(id) },
    ...(axis === 'stage'
      ? [
          { label: t('menu.insertStageBefore'), onSelect: () => insert(index) },
          { label: t('menu.insertStageAfter'), onSelect: () => insert(index + 1) },
          // The slide for "why does this moment hurt?" (renderer/present/FocusView.tsx, ADR 0022).
          { label: t('menu.stage.focus'), onSelect: () => store.getState().showFocus(id) },
        ]
      : []),
    {
      label: back,
      onSelect: () => move(index - 1, t(`undo.${axis}.move`)),
      reason: first ? t(`menu.${axis}.first`) : null,
    },
    {
      label: forward,
      onSelect: () => move(index + 1, t(`undo.${axis}.move`)),
      reason: last ? t(`menu.${axis}.last`) : null,
    },
    { label: t(`menu.${axis}.delete`), danger: true, onSelect: () => undefined, reason: cannotDelete(doc, axis) },
  ];
}

/**
 * What stage and lane headers share: double-click to rename, a menu (right-click or the ⋯ button), drag the
 * header to reorder, drag its far edge to resize, and delete through a dialog that asks about the cards.
 */
export function HeaderShell({ axis, id, name, box, className, titleClassName, before, after, description }: Props) {
  const store = useEditorStore();
  const t = useT('canvas');
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
    ? menuItems(store, axis, id, t).map((item) => (item.danger ? { ...item, onSelect: () => setDeleting(true) } : item))
    : [];
  const commit = (next: string) => {
    store.getState().endRename();
    if (axis === 'stage')
      store.getState().dispatch({ type: 'stage/update', id, patch: { name: next } }, t('undo.stage.rename'));
    else store.getState().dispatch({ type: 'lane/update', id, patch: { title: next } }, t('undo.lane.rename'));
  };
  const label = name.trim() || t(`header.${axis}.untitled`);

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
          label={t(`header.${axis}.nameField`)}
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
        aria-label={t(`header.${axis}.menuButton`, { name: label })}
        aria-haspopup="menu"
        onClick={openFromButton}
      />
      <div
        className={`structure-resize structure-resize--${axis}`}
        title={t(`header.${axis}.resize`)}
        {...resize.handlers}
      />
      {reorder.preview}
      {resize.preview}
      {menuAt && (
        <HeaderMenu label={t(`header.${axis}.menu`, { name: label })} items={items} at={menuAt} onClose={closeMenu} />
      )}
      {deleting && <DeleteDialog axis={axis} id={id} name={name} onClose={() => setDeleting(false)} />}
    </div>
  );
}
