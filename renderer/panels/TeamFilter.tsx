import { useEditor, useEditorStore } from '../store/useEditor';
import { SelectField } from '../ui/fields/SelectField';
import { teamReach } from '../store/teamFocus';
import { useT } from '../i18n';

/**
 * "What my team touches": pick a team to dim everything but its cards, the customer moments they shape and the cards
 * on the way; with no way up to a customer card it says why.
 */
export function TeamFilter() {
  const store = useEditorStore();
  const t = useT('panels');
  const teams = useEditor((s) => s.doc.teams);
  const teamFilter = useEditor((s) => s.teamFilter);
  const reach = useEditor((s) => (s.teamFilter ? teamReach(s.doc, s.teamFilter) : null));
  const active = teamFilter !== null && teams.some((x) => x.id === teamFilter);
  const options = [
    { value: '', label: t('filter.everything') },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((x) => ({ value: x.id, label: x.name })),
  ];
  return (
    <div className={`team-filter${active ? ' team-filter--on' : ''}`}>
      <SelectField
        label={t('filter.label')}
        value={active ? teamFilter : ''}
        options={options}
        onChange={(id) => store.getState().setTeamFilter(id === '' ? null : id)}
      />
      {active && reach && (
        <p className="team-filter__summary" role="status">
          {reach.own.size === 0
            ? t('filter.noCards')
            : reach.moments.size === 0
              ? t('filter.noMoments', { moments: t('filter.moments', { count: 0 }) })
              : t('filter.summary', {
                  own: t('filter.ownCards', { count: reach.own.size }),
                  moments: t('filter.moments', { count: reach.moments.size }),
                })}
          {reach.between.size > 0 && ` ${t('filter.onTheWay', { count: reach.between.size })}`}
          <button type="button" className="panel-button" onClick={() => store.getState().setTeamFilter(null)}>
            {t('filter.showAll')}
          </button>
        </p>
      )}
    </div>
  );
}
