import { useState } from 'react';
import type { Team } from '../../shared/schema/team';
import { useEditor, useEditorStore } from '../store/useEditor';
import { ColourPicker } from './ColourPicker';
import { CommitText } from '../ui/fields/CommitText';
import { SelectField } from '../ui/fields/SelectField';
import { teamKindOptions } from './options';

/** One team: its colour, name and kind, editable in place, and a delete that undo takes back. */
export function TeamRow({ team }: { team: Team }) {
  const store = useEditorStore();
  const owned = useEditor((s) => s.doc.cards.reduce((n, c) => (c.ownerTeamId === team.id ? n + 1 : n), 0));
  const [colours, setColours] = useState(false);
  const update = (patch: Partial<Omit<Team, 'id'>>): string | null =>
    store.getState().dispatch({ type: 'team/update', id: team.id, patch })
      ? null
      : (store.getState().error ?? 'The change was refused.');
  const remove = () => {
    if (store.getState().teamFilter === team.id) store.getState().setTeamFilter(null);
    store.getState().dispatch({ type: 'team/delete', id: team.id }, `Delete team ${team.name}`);
  };
  return (
    <li className="team-row" aria-label={team.name}>
      <div className="team-row__head">
        <button
          type="button"
          className="team-row__colour"
          style={{ background: team.color }}
          aria-expanded={colours}
          aria-label={`Change the colour of ${team.name}`}
          title="Change colour"
          onClick={() => setColours((v) => !v)}
        />
        <CommitText
          label="Team name"
          className="team-row__name"
          value={team.name}
          validate={(name) => (name.trim() === '' ? 'A team needs a name.' : null)}
          onCommit={(name) => update({ name: name.trim() })}
        />
      </div>
      {colours && <ColourPicker teamName={team.name} color={team.color} onChange={(color) => update({ color })} />}
      <div className="team-row__foot">
        <SelectField
          label="Kind"
          value={team.kind}
          options={teamKindOptions()}
          onChange={(value) => {
            const kind = teamKindOptions().find((k) => k.value === value)?.value;
            if (kind) update({ kind });
          }}
        />
        <span className="team-row__count">{owned === 1 ? '1 card' : `${owned} cards`}</span>
        <button
          type="button"
          className="panel-button panel-button--danger"
          title={
            owned
              ? `Its ${owned} card${owned === 1 ? '' : 's'} will have no owner; Undo brings the team back.`
              : 'Undo brings the team back.'
          }
          onClick={remove}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
