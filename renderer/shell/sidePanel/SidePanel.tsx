import '../../styles/panels.css';
import type { ReactElement, ReactNode } from 'react';
import { Legend } from '../../canvas/Legend';
import { GapsPanel } from '../../insight/gaps/GapsPanel';
import { ScorecardPanel } from '../../insight/metrics/ScorecardPanel';
import { PainPointsTab } from '../../insight/painPoints/PainPointsTab';
import { SurveysPanel, SurveysTabLabel } from '../../insight/surveys/SurveysPanel';
import { HistoryPanel } from '../../panels/history/HistoryPanel';
import { Inspector } from '../../panels/Inspector';
import { PersonasPanel } from '../../panels/PersonasPanel';
import { TeamFilterChip } from '../../panels/TeamFilterChip';
import { TeamsPanel } from '../../panels/TeamsPanel';
import type { PanelTab } from '../../store/panelsSlice';
import { useEditor, useEditorStore } from '../../store/useEditor';

const TABS: { id: PanelTab; label: ReactNode; body: () => ReactElement }[] = [
  { id: 'inspector', label: 'Inspector', body: () => <Inspector /> },
  { id: 'painPoints', label: 'Pain points', body: () => <PainPointsTab /> },
  { id: 'teams', label: 'Teams', body: () => <TeamsPanel /> },
  { id: 'personas', label: 'Personas', body: () => <PersonasPanel /> },
  { id: 'legend', label: 'Legend', body: () => <Legend /> },
  { id: 'scorecard', label: 'Scores', body: () => <ScorecardPanel /> },
  { id: 'surveys', label: <SurveysTabLabel />, body: () => <SurveysPanel /> },
  { id: 'gaps', label: 'Gaps', body: () => <GapsPanel /> },
  { id: 'history', label: 'History', body: () => <HistoryPanel /> },
];

/** The right-hand side panel: inspector, teams, personas and legend as tabs. Hidden with Ctrl/Cmd+\. */
export function SidePanel() {
  const store = useEditorStore();
  const open = useEditor((s) => s.panelsOpen);
  const tab = useEditor((s) => s.panelTab);
  if (!open) return null;
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div className="side-panel__tabs" role="tablist" aria-label="Panels">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls="side-panel-body"
            className={`side-panel__tab${t.id === current.id ? ' side-panel__tab--on' : ''}`}
            onClick={() => store.getState().showPanel(t.id)}
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          className="side-panel__close"
          aria-label="Hide the side panel"
          title="Hide the side panel (Ctrl+\)"
          onClick={() => store.getState().togglePanels()}
        >
          ×
        </button>
      </div>
      {current.id !== 'teams' && <TeamFilterChip />}
      <div className="side-panel__body" role="tabpanel" id="side-panel-body" aria-labelledby={`side-tab-${current.id}`}>
        {current.body()}
      </div>
    </aside>
  );
}
