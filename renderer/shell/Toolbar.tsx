import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { LANE_CHOICES, addLaneCommand, addStageCommand } from './addCommands';
import { ImportSurveyButton } from '../insight/surveys/ImportSurveyButton';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { MapMenu } from './MapMenu';
import { Menu } from './Menu';
import { useActionButton } from './actions/useActionButton';

/** The row of tools under the title bar: the Map menu, adding, zooming, the minimap, Find and the shortcut sheet. */
export function Toolbar({ client }: { client: TandemClient }) {
  const store = useEditorStore();
  const minimap = useEditor((s) => s.minimap);
  const canAddCard = useEditor((s) => s.doc.lanes.length > 0 && s.doc.stages.length > 0);
  // The buttons that are actions take their tooltip, key and behaviour from the registry.
  const addCard = useActionButton('add-card');
  const zoomIn = useActionButton('zoom-in');
  const zoomOut = useActionButton('zoom-out');
  const fit = useActionButton('zoom-fit');
  const toggleMinimap = useActionButton('toggle-minimap');
  const exportMap = useActionButton('export');
  const find = useActionButton('find');
  const shortcuts = useActionButton('shortcuts');

  const addStage = () => void store.getState().dispatch(addStageCommand(store.getState().doc));

  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <MapMenu client={client} />
      <span className="toolbar__gap" />
      <button
        type="button"
        className="tool-button"
        onClick={addCard.onClick}
        disabled={!canAddCard}
        title={addCard.title}
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
          onClick={zoomOut.onClick}
          aria-label="Zoom out"
          title={zoomOut.title}
        >
          −
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={zoomIn.onClick}
          aria-label="Zoom in"
          title={zoomIn.title}
        >
          +
        </button>
        <button type="button" className="tool-button" onClick={fit.onClick} title={fit.title}>
          Fit
        </button>
      </fieldset>
      <button
        type="button"
        className="tool-button"
        aria-pressed={minimap}
        onClick={toggleMinimap.onClick}
        title={toggleMinimap.title}
      >
        Minimap
      </button>
      <ImportSurveyButton client={client} />
      <button type="button" className="tool-button" onClick={exportMap.onClick} title={exportMap.title}>
        Export…
      </button>
      <span className="toolbar__spacer" />
      <LanguageMenu client={client} />
      <button type="button" className="tool-button" onClick={find.onClick} title={find.title}>
        Find
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={shortcuts.onClick}
        aria-label="Keyboard shortcuts"
        title={shortcuts.title}
      >
        ?
      </button>
    </div>
  );
}
