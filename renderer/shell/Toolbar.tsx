import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { LANE_CHOICES, addLaneCommand, addStageCommand } from './addCommands';
import { ImportSurveyButton } from '../insight/surveys/ImportSurveyButton';
import { MapMenu } from './MapMenu';
import { Menu } from './Menu';
import { useViewControls } from './useViewControls';
import { keyLabel } from './shortcuts';

/** The row of tools under the title bar: the Map menu, adding, zooming, the minimap, Find and the shortcut sheet. */
export function Toolbar({ client }: { client: TandemClient }) {
  const store = useEditorStore();
  const view = useViewControls();
  const minimap = useEditor((s) => s.minimap);
  const toggleMinimap = useEditor((s) => s.toggleMinimap);
  const openDialog = useEditor((s) => s.openDialog);
  const canAddCard = useEditor((s) => s.doc.lanes.length > 0 && s.doc.stages.length > 0);
  const openFind = useEditor((s) => s.openFind);

  // The cards' own action: after the selected card, or in the first customer cell, then straight into its title.
  const addCard = () => void store.getState().addCard();
  const addStage = () => void store.getState().dispatch(addStageCommand(store.getState().doc));

  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <MapMenu client={client} />
      <span className="toolbar__gap" />
      <button
        type="button"
        className="tool-button"
        onClick={addCard}
        disabled={!canAddCard}
        title="Add a card after the selected one, or in the first customer cell"
      >
        + Card
      </button>
      <button type="button" className="tool-button" onClick={addStage} title="Add a stage after the last one">
        + Stage
      </button>
      <Menu
        label="+ Lane"
        ariaLabel="Add lane"
        title="Add a lane below the last one"
        items={LANE_CHOICES.map((choice) => ({
          label: choice.title,
          onSelect: () => void store.getState().dispatch(addLaneCommand(store.getState().doc, choice)),
        }))}
      />
      <span className="toolbar__gap" />
      <fieldset className="toolbar__group" aria-label="Zoom">
        <button
          type="button"
          className="tool-button"
          onClick={view.zoomOut}
          aria-label="Zoom out"
          title={`Zoom out (${keyLabel('Mod+-')})`}
        >
          −
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={view.zoomIn}
          aria-label="Zoom in"
          title={`Zoom in (${keyLabel('Mod+=')})`}
        >
          +
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={view.fit}
          title={`Fit the map in the window (${keyLabel('Mod+0')})`}
        >
          Fit
        </button>
      </fieldset>
      <button
        type="button"
        className="tool-button"
        aria-pressed={minimap}
        onClick={toggleMinimap}
        title="Show or hide the overview map"
      >
        Minimap
      </button>
      <ImportSurveyButton client={client} />
      <button
        type="button"
        className="tool-button"
        onClick={() => openDialog('export')}
        title="Export the map to PDF, PNG, SVG, JSON or CSV"
      >
        Export…
      </button>
      <span className="toolbar__spacer" />
      <button type="button" className="tool-button" onClick={openFind} title={`Find cards (${keyLabel('Mod+F')})`}>
        Find
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => openDialog('shortcuts')}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </div>
  );
}
