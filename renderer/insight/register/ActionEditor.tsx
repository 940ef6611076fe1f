import type { Opportunity } from '../../../shared/schema/opportunity';
import { CommitText } from '../../ui/fields/CommitText';
import { Segmented } from '../../ui/fields/Segmented';
import { SelectField } from '../../ui/fields/SelectField';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { actionStatusOptions, ONE_TO_FIVE } from '../painPoints/painOptions';
import { ActionEffect } from './ActionEffect';
import { DoneAtField } from './DoneAtField';

type Patch = Partial<Omit<Opportunity, 'id' | 'doneAt'>> & { doneAt?: string | null };

/** Every field of one action, each one undoable edit, and the pain points it answers (removable one by one). */
export function ActionEditor({ action }: { action: Opportunity }) {
  const store = useEditorStore();
  const t = useT('insight');
  const vocab = useVocabulary();
  const teams = useEditor((s) => s.doc.teams);
  const pains = useEditor((s) => s.doc.painPoints);
  const update = (patch: Patch, label?: string) =>
    store.getState().dispatch({ type: 'opportunity/update', id: action.id, patch }, label);
  const commit = (patch: Patch) => (update(patch) ? null : (store.getState().error ?? t('pain.field.refused')));
  const answered = action.painPointIds.map((id) => pains.find((p) => p.id === id)).filter((p) => p !== undefined);
  return (
    <fieldset className="pp-action" aria-label={t('action.fieldset', { title: action.title })}>
      <CommitText label={t('action.title')} value={action.title} onCommit={(title) => commit({ title })} />
      <div className="pp-grid">
        <SelectField
          label={t('action.owner')}
          value={action.ownerTeamId ?? ''}
          options={[{ value: '', label: t('action.noOwner') }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          onChange={(id) => update({ ownerTeamId: id === '' ? null : id })}
        />
        <SelectField
          label={t('action.status')}
          value={action.status}
          options={actionStatusOptions(vocab)}
          onChange={(status) =>
            // Marked done: today (UTC) is its done day, editable below; leaving done drops the day (the command's rule).
            update(
              status === 'done' && action.status !== 'done'
                ? { status, doneAt: new Date().toISOString().slice(0, 10) }
                : { status: status as Opportunity['status'] },
            )
          }
        />
      </div>
      {action.status === 'done' && <DoneAtField action={action} onCommit={(doneAt) => update({ doneAt })} />}
      <Segmented
        label={t('action.effort')}
        options={ONE_TO_FIVE}
        value={action.effort}
        onChange={(effort) => update({ effort })}
      />
      <div className="field">
        <span className="panel-field__label">{t('action.answers')}</span>
        {answered.length === 0 ? (
          <p className="panel-field__hint">{t('action.noAnswers')}</p>
        ) : (
          <ul className="pp-answers">
            {answered.map((p) => (
              <li key={p.id}>
                <span>{p.title || t('untitled.painPoint')}</span>
                <button
                  type="button"
                  className="pp-icon-button"
                  aria-label={t('action.stopAnswering', { title: p.title })}
                  title={t('action.stopAnsweringTitle')}
                  onClick={() =>
                    update({ painPointIds: action.painPointIds.filter((id) => id !== p.id) }, t('undo.unlinkAction'))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ActionEffect action={action} />
      <button
        type="button"
        className="pp-button pp-button--danger"
        onClick={() => store.getState().dispatch({ type: 'opportunity/delete', id: action.id }, t('undo.deleteAction'))}
      >
        {t('action.delete')}
      </button>
    </fieldset>
  );
}
