import { memo } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { sayIn, useT } from '../../i18n';
import { insertStageCommand, itemsOf } from './structureCommands';

/** The "+" at the end of the stage row: adds a stage after the last one and opens its name for typing. */
export const AddStageNode = memo(function AddStageNode() {
  const store = useEditorStore();
  const t = useT('canvas');
  const add = () => {
    const doc = store.getState().doc;
    const { cmd, id } = insertStageCommand(doc, itemsOf(doc, 'stage').length, t('structure.newStage'));
    if (store.getState().dispatch(cmd, sayIn('canvas')('undo.addStage'))) store.getState().startRename(id);
  };
  return (
    <button
      type="button"
      className="structure-add structure-add--stage nodrag nopan"
      aria-label={t('structure.addStage')}
      title={t('structure.addStageTitle')}
      onClick={add}
    >
      +
    </button>
  );
});
