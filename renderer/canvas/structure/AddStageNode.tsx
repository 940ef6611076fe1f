import { memo } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { insertStageCommand, itemsOf } from './structureCommands';

/** The "+" at the end of the stage row: adds a stage after the last one and opens its name for typing. */
export const AddStageNode = memo(function AddStageNode() {
  const store = useEditorStore();
  const add = () => {
    const doc = store.getState().doc;
    const { cmd, id } = insertStageCommand(doc, itemsOf(doc, 'stage').length);
    if (store.getState().dispatch(cmd, 'Add stage')) store.getState().startRename(id);
  };
  return (
    <button
      type="button"
      className="structure-add structure-add--stage nodrag nopan"
      aria-label="Add stage"
      title="Add a stage at the end"
      onClick={add}
    >
      +
    </button>
  );
});
