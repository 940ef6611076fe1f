import '../../styles/panels.css';
import type { ReactElement } from 'react';
import { Legend } from '../../canvas/Legend';
import { GapsPanel } from '../../insight/gaps/GapsPanel';
import { ScorecardPanel } from '../../insight/metrics/ScorecardPanel';
import { PainPointsTab } from '../../insight/painPoints/PainPointsTab';
import { SurveysPanel, SurveysTabLabel } from '../../insight/surveys/SurveysPanel';
import { HistoryPanel } from '../../panels/history/HistoryPanel';
import { Inspector } from '../../panels/Inspector';
import { ParkingLot, ParkingLotTabLabel } from '../../panels/notes/ParkingLot';
import { PersonasPanel } from '../../panels/PersonasPanel';
import { TeamFilterChip } from '../../panels/TeamFilterChip';
import { TeamsPanel } from '../../panels/TeamsPanel';
import type { PanelTab } from '../../store/panelsSlice';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useT } from '../../i18n';
import type { ENGLISH } from '../../../shared/vocabulary/catalogues';
import { keyLabel } from '../../ui/actions/keys';
import { tabListKeys } from '../../ui/a11y/tabKeys';

type AppKey = keyof typeof ENGLISH.app;

/** The tabs; each label is a key of the app catalogue, shown in the UI language (or a part's own label). */
const TABS: { id: PanelTab; label: AppKey | ReactElement; body: () => ReactElement }[] = [
  { id: 'inspector', label: 'panel.inspector', body: () => <Inspector /> },
  { id: 'painPoints', label: 'panel.painPoints', body: () => <PainPointsTab /> },
  { id: 'parkingLot', label: <ParkingLotTabLabel />, body: () => <ParkingLot /> },
  { id: 'teams', label: 'panel.teams', body: () => <TeamsPanel /> },
  { id: 'personas', label: 'panel.personas', body: () => <PersonasPanel /> },
  { id: 'legend', label: 'panel.legend', body: () => <Legend /> },
  { id: 'scorecard', label: 'panel.scores', body: () => <ScorecardPanel /> },
  { id: 'surveys', label: <SurveysTabLabel />, body: () => <SurveysPanel /> },
  { id: 'gaps', label: 'panel.gaps', body: () => <GapsPanel /> },
  { id: 'history', label: 'panel.history', body: () => <HistoryPanel /> },
];

/** The right-hand side panel: inspector, teams, personas and legend as tabs. Hidden with Ctrl/Cmd+\. */
export function SidePanel() {
  const t = useT('app');
  const store = useEditorStore();
  const open = useEditor((s) => s.panelsOpen);
  const tab = useEditor((s) => s.panelTab);
  if (!open) return null;
  const current = TABS.find((x) => x.id === tab) ?? TABS[0]!;
  return (
    <aside className="side-panel" aria-label={t('panel.side')}>
      {/* The close button sits beside the tab list, not in it: a tab list holds tabs only. */}
      <div className="side-panel__tabbar">
        <div
          className="side-panel__tabs"
          role="tablist"
          aria-label={t('panel.tabs')}
          onKeyDown={tabListKeys(
            TABS.map((x) => x.id),
            current.id,
            (id) => store.getState().showPanel(id),
            (id) => `side-tab-${id}`,
          )}
        >
          {TABS.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`side-tab-${x.id}`}
              aria-selected={x.id === current.id}
              tabIndex={x.id === current.id ? 0 : -1}
              aria-controls="side-panel-body"
              className={`side-panel__tab${x.id === current.id ? ' side-panel__tab--on' : ''}`}
              onClick={() => store.getState().showPanel(x.id)}
            >
              {typeof x.label === 'string' ? t(x.label) : x.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="side-panel__close"
          aria-label={t('panel.hide')}
          title={t('panel.hideTitle', { key: keyLabel('Mod+\\') })}
          onClick={() => store.getState().togglePanels()}
        >
          ×
        </button>
      </div>
      {current.id !== 'teams' && <TeamFilterChip />}
      {/* Focusable, so a keyboard user can scroll a tab whose content has nothing else to focus (the legend). */}
      <div
        className="side-panel__body"
        role="tabpanel"
        id="side-panel-body"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the ARIA tabs pattern makes a tab panel focusable when its content may not be.
        tabIndex={0}
        aria-labelledby={`side-tab-${current.id}`}
      >
        {current.body()}
      </div>
    </aside>
  );
}
