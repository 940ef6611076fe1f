import '../../styles/panels.css';
import type { ReactElement } from 'react';
import type { PanelTab } from '../../store/panelsSlice';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { PainPointsTab } from '../../insight/painPoints/PainPointsTab';
import { Inspector } from '../../panels/Inspector';
import { GapsPanel } from '../../insight/gaps/GapsPanel';
import { ScorecardPanel } from '../../insight/metrics/ScorecardPanel';
import { Legend } from '../../canvas/Legend';
import { HistoryPanel } from '../../panels/history/HistoryPanel';
import { PersonasPanel } from '../../panels/PersonasPanel';
import { TeamFilterChip } from '../../panels/TeamFilterChip';
import { TeamsPanel } from '../../panels/TeamsPanel';
import { useT } from '../../i18n';
import type { ENGLISH } from '../../../shared/vocabulary/catalogues';
import { keyLabel } from '../../ui/actions/keys';

type AppKey = keyof typeof ENGLISH.app;

/** The tabs; each label is a key of the app catalogue, shown in the UI language. */
const TABS: { id: PanelTab; label: AppKey; body: () => ReactElement }[] = [
  { id: 'inspector', label: 'panel.inspector', body: () => <Inspector /> },
  { id: 'painPoints', label: 'panel.painPoints', body: () => <PainPointsTab /> },
  { id: 'teams', label: 'panel.teams', body: () => <TeamsPanel /> },
  { id: 'personas', label: 'panel.personas', body: () => <PersonasPanel /> },
  { id: 'legend', label: 'panel.legend', body: () => <Legend /> },
  { id: 'scorecard', label: 'panel.scores', body: () => <ScorecardPanel /> },
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
      <div className="side-panel__tabs" role="tablist" aria-label={t('panel.tabs')}>
        {TABS.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`side-tab-${x.id}`}
            aria-selected={x.id === current.id}
            aria-controls="side-panel-body"
            className={`side-panel__tab${x.id === current.id ? ' side-panel__tab--on' : ''}`}
            onClick={() => store.getState().showPanel(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
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
      <div className="side-panel__body" role="tabpanel" id="side-panel-body" aria-labelledby={`side-tab-${current.id}`}>
        {current.body()}
      </div>
    </aside>
  );
}
