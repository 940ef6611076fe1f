import type { PainPoint } from '../../../shared/schema/painPoint';
import { CommitText } from '../../ui/fields/CommitText';
import { Segmented } from '../../ui/fields/Segmented';
import { SelectField } from '../../ui/fields/SelectField';
import { useT, useVocabulary } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { scaleWord } from '../../../shared/vocabulary';
import { ONE_TO_FIVE, painStatusOptions, sideOptions } from './painOptions';

type Patch = Partial<Omit<PainPoint, 'id'>>;

/** The editable fields of one pain point: text commits on Enter or leaving the field, a click commits a choice. */
export function PainPointFields({ pain }: { pain: PainPoint }) {
  const store = useEditorStore();
  const t = useT('insight');
  const vocab = useVocabulary();
  const update = (patch: Patch) => store.getState().dispatch({ type: 'painPoint/update', id: pain.id, patch });
  const commit = (patch: Patch) => (update(patch) ? null : (store.getState().error ?? t('pain.field.refused')));
  return (
    <div className="pp-fields">
      <CommitText
        label={t('pain.field.title')}
        value={pain.title}
        onCommit={(title) => commit({ title })}
        validate={(draft) => (draft.length > 300 ? t('pain.field.tooLong') : null)}
      />
      <Segmented
        label={t('pain.field.whose')}
        options={sideOptions(vocab).map((o) => ({ value: o.value, label: o.label, title: o.title }))}
        value={pain.side}
        onChange={(side) => update({ side })}
      />
      <Segmented
        label={t('pain.field.severity', { word: scaleWord('severity', pain.severity, vocab) })}
        options={ONE_TO_FIVE.map((o) => ({ ...o, title: scaleWord('severity', o.value, vocab) }))}
        value={pain.severity}
        onChange={(severity) => update({ severity })}
      />
      <Segmented
        label={t('pain.field.reach', { word: scaleWord('reach', pain.reach, vocab) })}
        options={ONE_TO_FIVE.map((o) => ({ ...o, title: scaleWord('reach', o.value, vocab) }))}
        value={pain.reach}
        onChange={(reach) => update({ reach })}
      />
      <SelectField
        label={t('pain.field.status')}
        value={pain.status}
        options={painStatusOptions(vocab)}
        onChange={(status) => update({ status: status as PainPoint['status'] })}
      />
      <CommitText
        label={t('pain.field.evidence')}
        value={pain.evidence}
        multiline
        placeholder={t('pain.field.evidencePlaceholder')}
        hint={t('pain.field.evidenceHint')}
        onCommit={(evidence) => commit({ evidence })}
      />
    </div>
  );
}
