import { useEditor, useEditorStore } from '../store/useEditor';
import { SelectField } from '../ui/fields/SelectField';
import { teamReach } from '../store/teamFocus';

/** "What my team touches": pick a team to dim everything but its cards and the customer moments they shape. */
export function TeamFilter() {
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const teamFilter = useEditor((s) => s.teamFilter);
  const reach = useEditor((s) => (s.teamFilter ? teamReach(s.doc, s.teamFilter) : null));
  const active = teamFilter !== null && teams.some((t) => t.id === teamFilter);
  const options = [
    { value: '', label: 'Everything (no filter)' },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
  ];
  return (
    <div className={`team-filter${active ? ' team-filter--on' : ''}`}>
      <SelectField
        label="What my team touches"
        value={active ? teamFilter : ''}
        options={options}
        onChange={(id) => store.getState().setTeamFilter(id === '' ? null : id)}
      />
      {active && reach && (
        <p className="team-filter__summary" role="status">
          {reach.own.size === 0
            ? 'This team owns no cards yet: give it cards in the inspector.'
            : `${reach.own.size} own card${reach.own.size === 1 ? '' : 's'} and ${reach.touched.size} customer moment${reach.touched.size === 1 ? '' : 's'} they touch stay bright; the rest is dimmed.`}
          <button type="button" className="panel-button" onClick={() => store.getState().setTeamFilter(null)}>
            Show everything
          </button>
        </p>
      )}
    </div>
  );
}
