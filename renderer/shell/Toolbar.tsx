import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import type { VocabKey } from '../../shared/vocabulary';
import type { LaneChoice } from '../canvas/structure/laneKinds';
import { LANE_CHOICES, addLaneCommand, addStageCommand } from './addCommands';
import { ImportSurveyButton } from '../insight/surveys/ImportSurveyButton';
import { LanguageMenu } from './LanguageMenu';
import { MapMenu } from './MapMenu';
import { Menu } from './Menu';
import { useActionButton } from './actions/useActionButton';
import { useT, useVocabulary } from '../i18n';

/** The title a new lane of this choice gets, as a key of the vocabulary (the menu shows it in the UI language). */
const laneTitleKey = (c: LaneChoice): VocabKey =>
  c.kind === 'emotion' ? `laneTitle.emotion.${c.side ?? 'customer'}` : `laneTitle.${c.kind}`;

/** The row of tools under the title bar: the Map menu, adding, zooming, the minimap, Find and the shortcut sheet. */
export function Toolbar({ client }: { client: TandemClient }) {
  const t = useT('app');
  const vocabulary = useVocabulary();
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
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <MapMenu client={client} />
      <span className="toolbar__gap" />
      <button
        type="button"
        className="tool-button"
        onClick={addCard.onClick}
        disabled={!canAddCard}
        title={addCard.title}
      >
        {t('toolbar.addCard')}
      </button>
      <button type="button" className="tool-button" onClick={addStage} title={t('toolbar.addStage.title')}>
        {t('toolbar.addStage')}
      </button>
      <Menu
        label={t('toolbar.addLane')}
        ariaLabel={t('toolbar.addLane.aria')}
        title={t('toolbar.addLane.title')}
        items={LANE_CHOICES.map((choice) => ({
          label: vocabulary(laneTitleKey(choice)),
          onSelect: () => void store.getState().dispatch(addLaneCommand(store.getState().doc, choice)),
        }))}
      />
      <span className="toolbar__gap" />
      <fieldset className="toolbar__group" aria-label={t('toolbar.zoom')}>
        <button
          type="button"
          className="tool-button"
          onClick={zoomOut.onClick}
          aria-label={t('toolbar.zoomOut')}
          title={zoomOut.title}
        >
          −
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={zoomIn.onClick}
          aria-label={t('toolbar.zoomIn')}
          title={zoomIn.title}
        >
          +
        </button>
        <button type="button" className="tool-button" onClick={fit.onClick} title={fit.title}>
          {t('toolbar.fit')}
        </button>
      </fieldset>
      <button
        type="button"
        className="tool-button"
        aria-pressed={minimap}
        onClick={toggleMinimap.onClick}
        title={toggleMinimap.title}
      >
        {t('toolbar.minimap')}
      </button>
      <ImportSurveyButton client={client} />
      <button type="button" className="tool-button" onClick={exportMap.onClick} title={exportMap.title}>
        {t('toolbar.export')}
      </button>
      <span className="toolbar__spacer" />
      <LanguageMenu client={client} />
      <button type="button" className="tool-button" onClick={find.onClick} title={find.title}>
        {t('toolbar.find')}
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={shortcuts.onClick}
        aria-label={t('toolbar.shortcuts')}
        title={shortcuts.title}
      >
        ?
      </button>
    </div>
  );
}
