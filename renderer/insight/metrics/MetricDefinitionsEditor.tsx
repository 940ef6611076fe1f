import type { MetricDefinition } from '../../../shared/schema/metric';
import { label } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
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
  const t = useT('evidence');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const metrics = useEditor((s) => s.doc.metrics);
  const update = (m: MetricDefinition, patch: Partial<Omit<MetricDefinition, 'id'>>, label: string): string | null =>
    store.getState().dispatch({ type: 'metric/update', id: m.id, patch }, label) ? null : store.getState().error;
  if (metrics.length === 0) return null;
  return (
    <section className="metric-defs" aria-label={t('defs.label')}>
      <h3 className="panel-heading">{t('defs.heading')}</h3>
      {metrics.map((m) => (
        <div key={m.id} className="metric-defs__row">
          <p className="panel-field__hint">
            {label(`metricKind.${m.kind}`, { t: vocabulary })}:{' '}
            {label(`metricKindMeaning.${m.kind}`, { t: vocabulary })} ·{' '}
            {t('defs.side', { side: label(`side.${m.side}`, { t: vocabulary }).toLowerCase() })}
            {m.questionKey ? ` · ${t('defs.question', { key: m.questionKey })}` : ''}
          </p>
          <div className="metric-defs__fields">
            <CommitText
              label={t('defs.name')}
              value={m.name}
              validate={(d) => (d.trim() === '' ? t('defs.needsName') : null)}
              onCommit={(v) => update(m, { name: v.trim() }, t('defs.renameStep', { name: v.trim() }))}
            />
            <CommitText
              label={t('defs.target')}
              value={m.target === null ? '' : String(m.target)}
              placeholder={t('defs.none')}
              validate={(d) => (parseTarget(d) === 'bad' ? t('defs.badTarget') : null)}
              onCommit={(v) => {
                const target = parseTarget(v);
                return target === 'bad'
                  ? t('defs.badTarget')
                  : update(m, { target }, t('defs.targetStep', { name: m.name }));
              }}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
