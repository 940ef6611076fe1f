import { useEditor, useEditorStore } from '../store/useEditor';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';

/** A reminder that the team filter is on (it dims the canvas), with a way to turn it off from any tab. */
export function TeamFilterChip() {
  const t = useT('panels');
  const store = useEditorStore();
  const team = useEditor((s) => (s.teamFilter ? s.doc.teams.find((t) => t.id === s.teamFilter) : undefined));
  if (!team) return null;
  return (
    <div className="filter-chip" role="status">
      <span className="filter-chip__swatch" style={{ background: team.color }} aria-hidden="true" />
      <span className="filter-chip__text">
        <Trans t={t} i18nKey="filter.chip" values={{ team: team.name }} components={{ b: <strong /> }} />
      </span>
      <button type="button" className="panel-button" onClick={() => store.getState().setTeamFilter(null)}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
