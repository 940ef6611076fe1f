import type { PainPoint } from '../../../shared/schema/painPoint';
import { CommitText } from '../../ui/fields/CommitText';
import { Segmented } from '../../ui/fields/Segmented';
import { SelectField } from '../../ui/fields/SelectField';
import { useEditorStore } from '../../store/useEditor';
import { scaleWord } from '../../../shared/vocabulary';
import { ONE_TO_FIVE, painStatusOptions, sideOptions } from './painOptions';

type Patch = Partial<Omit<PainPoint, 'id'>>;

/** The editable fields of one pain point: text commits on Enter or leaving the field, a click commits a choice. */
export function PainPointFields({ pain }: { pain: PainPoint }) {
  const store = useEditorStore();
  const update = (patch: Patch) => store.getState().dispatch({ type: 'painPoint/update', id: pain.id, patch });
  const commit = (patch: Patch) => (update(patch) ? null : (store.getState().error ?? 'The change was refused.'));
  return (
    <div className="pp-fields">
      <CommitText
        label="Pain point"
        value={pain.title}
        onCommit={(title) => commit({ title })}
        validate={(t) => (t.length > 300 ? 'At most 300 characters.' : null)}
      />
      <Segmented
        label="Whose pain"
        options={sideOptions().map((o) => ({ value: o.value, label: o.label, title: o.title }))}
        value={pain.side}
        onChange={(side) => update({ side })}
      />
      <Segmented
        label={`Severity: ${scaleWord('severity', pain.severity)}`}
        options={ONE_TO_FIVE.map((o) => ({ ...o, title: scaleWord('severity', o.value) }))}
        value={pain.severity}
        onChange={(severity) => update({ severity })}
      />
      <Segmented
        label={`Reach: ${scaleWord('reach', pain.reach)}`}
        options={ONE_TO_FIVE.map((o) => ({ ...o, title: scaleWord('reach', o.value) }))}
        value={pain.reach}
        onChange={(reach) => update({ reach })}
      />
      <SelectField
        label="Status"
        value={pain.status}
        options={painStatusOptions()}
        onChange={(status) => update({ status: status as PainPoint['status'] })}
      />
      <CommitText
        label="Evidence"
        value={pain.evidence}
        multiline
        placeholder="Quotes, data, what was observed"
        hint="Ctrl+Enter or leaving the field saves."
        onCommit={(evidence) => commit({ evidence })}
      />
    </div>
  );
}
