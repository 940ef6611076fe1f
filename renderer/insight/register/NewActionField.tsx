import { useId, useState, type FormEvent } from 'react';
import { makeOpportunity } from '../../../shared/factories';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';

interface Props {
  /** The pain points the new action answers. */
  painPointIds: readonly string[];
  /** Owner team to start with (the card's team when added from a pain point). */
  ownerTeamId: string | null;
  /** Called with the new action's id once it is added. */
  onAdded?(id: string): void;
  label?: string;
}

/** Names a new action that answers the given pain points; Enter or the button adds it as one undoable step. */
export function NewActionField({ painPointIds, ownerTeamId, onAdded, label }: Props) {
  const id = useId();
  const t = useT('insight');
  const store = useEditorStore();
  const [title, setTitle] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const text = title.trim();
    if (!text || painPointIds.length === 0) return;
    const opportunity = makeOpportunity({ title: text, painPointIds: [...painPointIds], ownerTeamId });
    if (store.getState().dispatch({ type: 'opportunity/add', opportunity }, t('undo.addAction'))) {
      setTitle('');
      onAdded?.(opportunity.id);
    }
  };
  return (
    <form className="pp-add" onSubmit={add}>
      <label className="panel-field__label" htmlFor={id}>
        {label ?? t('action.new')}
      </label>
      <div className="pp-add__row">
        <input
          id={id}
          className="panel-field__input"
          value={title}
          maxLength={300}
          placeholder={t('action.newPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button
          type="submit"
          className="pp-button pp-button--primary"
          disabled={title.trim() === '' || painPointIds.length === 0}
        >
          {t('action.add')}
        </button>
      </div>
    </form>
  );
}
