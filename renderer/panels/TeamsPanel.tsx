import { useState, type FormEvent } from 'react';
import { makeTeam } from '../../shared/factories';
import { useEditor, useEditorStore } from '../store/useEditor';
import { nextTeamColor } from './palette';
import { TeamFilter } from './TeamFilter';
import { TeamRow } from './TeamRow';
import { useT } from '../i18n';

/** The teams of the map: the team filter, then each team to edit, then a form for a new one. */
export function TeamsPanel() {
  const t = useT('panels');
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('teams.needName'));
      return;
    }
    if (teams.some((x) => x.name.toLowerCase() === trimmed.toLowerCase())) {
      setProblem(t('teams.duplicate', { name: trimmed }));
      return;
    }
    const team = makeTeam({ name: trimmed, color: nextTeamColor(teams.map((x) => x.color)), kind: 'back_office' });
    if (store.getState().dispatch({ type: 'team/add', team }, t('teams.addStep', { name: trimmed }))) {
      setName('');
      setProblem(null);
    } else setProblem(store.getState().error);
  };
  return (
    <section className="teams" aria-label={t('teams.section')}>
      <TeamFilter />
      <h3 className="panel-heading">{t('teams.section')}</h3>
      {teams.length === 0 && <p className="inspector__hint">{t('teams.none')}</p>}
      <ul className="teams__list">
        {teams.map((x) => (
          <TeamRow key={x.id} team={x} />
        ))}
      </ul>
      <form className="teams__new" onSubmit={add}>
        <label className="panel-field__label" htmlFor="new-team-name">
          {t('teams.new')}
        </label>
        <div className="teams__new-row">
          <input
            id="new-team-name"
            className="panel-field__input"
            value={name}
            placeholder={t('teams.placeholder')}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="panel-button panel-button--primary">
            {t('teams.add')}
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
