import type { Opportunity } from '../../../shared/schema/opportunity';
import { CommitText } from '../../ui/fields/CommitText';
import { Segmented } from '../../ui/fields/Segmented';
import { SelectField } from '../../ui/fields/SelectField';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { actionStatusOptions, ONE_TO_FIVE } from '../painPoints/painOptions';

type Patch = Partial<Omit<Opportunity, 'id'>>;

/** Every field of one action, each one undoable edit, and the pain points it answers (removable one by one). */
export function ActionEditor({ action }: { action: Opportunity }) {
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const pains = useEditor((s) => s.doc.painPoints);
  const update = (patch: Patch, label?: string) =>
    store.getState().dispatch({ type: 'opportunity/update', id: action.id, patch }, label);
  const commit = (patch: Patch) => (update(patch) ? null : (store.getState().error ?? 'The change was refused.'));
  const answered = action.painPointIds.map((id) => pains.find((p) => p.id === id)).filter((p) => p !== undefined);
  return (
    <fieldset className="pp-action" aria-label={`Action ${action.title}`}>
      <CommitText label="Action" value={action.title} onCommit={(title) => commit({ title })} />
      <div className="pp-grid">
        <SelectField
          label="Owner team"
          value={action.ownerTeamId ?? ''}
          options={[{ value: '', label: 'No owner yet' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          onChange={(id) => update({ ownerTeamId: id === '' ? null : id })}
        />
        <SelectField
          label="Status"
          value={action.status}
          options={actionStatusOptions()}
          onChange={(status) => update({ status: status as Opportunity['status'] })}
        />
      </div>
      <Segmented
        label="Effort (1 small … 5 large)"
        options={ONE_TO_FIVE}
        value={action.effort}
        onChange={(effort) => update({ effort })}
      />
      <div className="field">
        <span className="panel-field__label">Answers</span>
        {answered.length === 0 ? (
          <p className="panel-field__hint">No pain points: add this action again from a pain point, or delete it.</p>
        ) : (
          <ul className="pp-answers">
            {answered.map((p) => (
              <li key={p.id}>
                <span>{p.title || 'Untitled pain point'}</span>
                <button
                  type="button"
                  className="pp-icon-button"
                  aria-label={`Stop answering ${p.title}`}
                  title="This action no longer answers this pain point"
                  onClick={() =>
                    update({ painPointIds: action.painPointIds.filter((id) => id !== p.id) }, 'Unlink action')
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="pp-button pp-button--danger"
        onClick={() => store.getState().dispatch({ type: 'opportunity/delete', id: action.id }, 'Delete action')}
      >
        Delete action
      </button>
    </fieldset>
  );
}
