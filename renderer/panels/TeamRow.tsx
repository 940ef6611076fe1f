import { useState } from 'react';
import type { Team } from '../../shared/schema/team';
import { useEditor, useEditorStore } from '../store/useEditor';
import { ColourPicker } from './ColourPicker';
import { CommitText } from '../ui/fields/CommitText';
import { SelectField } from '../ui/fields/SelectField';
import { teamKindOptions } from './options';
import { useT, useVocabulary } from '../i18n';

/** One team: its colour, name and kind, editable in place, and a delete that undo takes back. */
export function TeamRow({ team }: { team: Team }) {
  const t = useT('panels');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const owned = useEditor((s) => s.doc.cards.reduce((n, c) => (c.ownerTeamId === team.id ? n + 1 : n), 0));
  const [colours, setColours] = useState(false);
  const update = (patch: Partial<Omit<Team, 'id'>>): string | null =>
    store.getState().dispatch({ type: 'team/update', id: team.id, patch })
      ? null
      : (store.getState().error ?? t('refused'));
  const remove = () => {
    if (store.getState().teamFilter === team.id) store.getState().setTeamFilter(null);
    store.getState().dispatch({ type: 'team/delete', id: team.id }, t('team.deleteStep', { name: team.name }));
  };
  return (
    <li className="team-row" aria-label={team.name}>
      <div className="team-row__head">
        <button
          type="button"
          className="team-row__colour"
          style={{ background: team.color }}
          aria-expanded={colours}
          aria-label={t('team.colourOf', { name: team.name })}
          title={t('team.colour')}
          onClick={() => setColours((v) => !v)}
        />
        <CommitText
          label={t('team.name')}
          className="team-row__name"
          value={team.name}
          validate={(name) => (name.trim() === '' ? t('team.needsName') : null)}
          onCommit={(name) => update({ name: name.trim() })}
        />
      </div>
      {colours && <ColourPicker teamName={team.name} color={team.color} onChange={(color) => update({ color })} />}
      <div className="team-row__foot">
        <SelectField
          label={t('team.kind')}
          value={team.kind}
          options={teamKindOptions(vocabulary)}
          onChange={(value) => {
            const kind = teamKindOptions().find((k) => k.value === value)?.value;
            if (kind) update({ kind });
          }}
        />
        <span className="team-row__count">{t('team.cards', { count: owned })}</span>
        <button
          type="button"
          className="panel-button panel-button--danger"
          title={owned ? t('team.deleteOwned', { count: owned }) : t('team.deleteEmpty')}
          onClick={remove}
        >
          {t('team.delete')}
        </button>
      </div>
    </li>
  );
}
