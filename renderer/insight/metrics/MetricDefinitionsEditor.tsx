import type { MetricDefinition } from '../../../shared/schema/metric';
import { label } from '../../../shared/vocabulary';
import { CommitText } from '../../ui/fields/CommitText';
import { useEditor, useEditorStore } from '../../store/useEditor';

const parseTarget = (text: string): number | null | 'bad' => {
  const t = text.trim().replace(',', '.').replace('−', '-');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
};

/** The map's metric definitions: name and target editable, each change one undo step. */
export function MetricDefinitionsEditor() {
  const store = useEditorStore();
  const metrics = useEditor((s) => s.doc.metrics);
  const update = (m: MetricDefinition, patch: Partial<Omit<MetricDefinition, 'id'>>, label: string): string | null =>
    store.getState().dispatch({ type: 'metric/update', id: m.id, patch }, label) ? null : store.getState().error;
  if (metrics.length === 0) return null;
  return (
    <section className="metric-defs" aria-label="Metric definitions">
      <h3 className="panel-heading">Metrics and targets</h3>
      {metrics.map((m) => (
        <div key={m.id} className="metric-defs__row">
          <p className="panel-field__hint">
            {label(`metricKind.${m.kind}`)}: {label(`metricKindMeaning.${m.kind}`)} ·{' '}
            {label(`side.${m.side}`).toLowerCase()} side
            {m.questionKey ? ` · question "${m.questionKey}"` : ''}
          </p>
          <div className="metric-defs__fields">
            <CommitText
              label="Name"
              value={m.name}
              validate={(d) => (d.trim() === '' ? 'A metric needs a name.' : null)}
              onCommit={(v) => update(m, { name: v.trim() }, `Rename metric to ${v.trim()}`)}
            />
            <CommitText
              label="Target"
              value={m.target === null ? '' : String(m.target)}
              placeholder="none"
              validate={(d) => (parseTarget(d) === 'bad' ? 'A number, or empty for no target.' : null)}
              onCommit={(v) => {
                const t = parseTarget(v);
                return t === 'bad'
                  ? 'A number, or empty for no target.'
                  : update(m, { target: t }, `Set ${m.name} target`);
              }}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
