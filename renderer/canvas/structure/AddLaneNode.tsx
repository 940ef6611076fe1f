import { memo, useCallback, useState, type MouseEvent } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { sayIn, useT } from '../../i18n';
import { HeaderMenu } from './HeaderMenu';
import { LANE_CHOICES, LANE_ICON } from './laneKinds';
import { insertLaneCommand } from './structureCommands';

/** "Add lane" under the last lane: a menu of lane kinds; the new lane goes at the bottom with its name open for typing. */
export const AddLaneNode = memo(function AddLaneNode() {
  const store = useEditorStore();
  const t = useT('canvas');
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const close = useCallback(() => setAt(null), []);
  const open = (e: MouseEvent<HTMLButtonElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setAt({ x: r.left, y: r.bottom + 4 });
  };
  const items = LANE_CHOICES.map((choice) => ({
    label: `${LANE_ICON[choice.kind]}  ${choice.title}`,
    onSelect: () => {
      const { cmd, id } = insertLaneCommand(store.getState().doc, choice);
      if (store.getState().dispatch(cmd, sayIn('canvas')('undo.addLane'))) store.getState().startRename(id);
    },
  }));
  return (
    <>
      <button
        type="button"
        className="structure-add structure-add--lane nodrag nopan"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={open}
      >
        {t('structure.addLane')}
      </button>
      {at && <HeaderMenu label={t('structure.laneKindMenu')} items={items} at={at} onClose={close} />}
    </>
  );
});
