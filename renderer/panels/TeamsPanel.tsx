import { useState, type FormEvent } from 'react';
import { makeTeam } from '../../shared/factories';
import { useEditor, useEditorStore } from '../store/useEditor';
import { nextTeamColor } from './palette';
import { TeamFilter } from './TeamFilter';
import { TeamRow } from './TeamRow';

/** The teams of the map: the team filter, then each team to edit, then a form for a new one. */
export function TeamsPanel() {
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem("Type the new team's name first.");
      return;
    }
    if (teams.some((t) => t.name.toLowerCase() === trimmed.toLowerCase())) {
      setProblem(`There is already a team called "${trimmed}".`);
      return;
    }
    const team = makeTeam({ name: trimmed, color: nextTeamColor(teams.map((t) => t.color)), kind: 'back_office' });
    if (store.getState().dispatch({ type: 'team/add', team }, `Add team ${trimmed}`)) {
      setName('');
      setProblem(null);
    } else setProblem(store.getState().error);
  };
  return (
    <section className="teams" aria-label="Teams">
      <TeamFilter />
      <h3 className="panel-heading">Teams</h3>
      {teams.length === 0 && (
        <p className="inspector__hint">No teams yet. Teams own cards; their colour shows on each card's left edge.</p>
      )}
      <ul className="teams__list">
        {teams.map((t) => (
          <TeamRow key={t.id} team={t} />
        ))}
      </ul>
      <form className="teams__new" onSubmit={add}>
        <label className="panel-field__label" htmlFor="new-team-name">
          New team
        </label>
        <div className="teams__new-row">
          <input
            id="new-team-name"
            className="panel-field__input"
            value={name}
            placeholder="e.g. Finance operations"
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="panel-button panel-button--primary">
            Add team
          </button>
        </div>
        {problem && (
          <p className="panel-field__error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
