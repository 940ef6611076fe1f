import '../../styles/sites.css';
import { type FormEvent, useState } from 'react';
import { DEFAULT_INDEX, type IndexMetric, indexSettingSchema } from '../../../shared/schema/cxIndex';
import { label } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';

const METRICS: readonly IndexMetric[] = ['nps', 'enps', 'csat', 'ces'];

/** The weights of the map's CX + EX index: one undoable map/update; a metric of weight 0 is left out of it. */
export function IndexWeights() {
  const t = useT('evidence');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const setting = useEditor((s) => s.doc.meta.index) ?? DEFAULT_INDEX;
  const weightOf = (m: IndexMetric) => String(setting.parts.find((p) => p.metric === m)?.weight ?? 0);
  const [draft, setDraft] = useState<Record<IndexMetric, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? { nps: weightOf('nps'), enps: weightOf('enps'), csat: weightOf('csat'), ces: weightOf('ces') };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const weights = METRICS.map((metric) => ({
      metric,
      weight: Number(shown[metric].trim().replace(',', '.') || '0'),
    }));
    // A metric of weight 0 is simply not in the index; the schema refuses the rest of what is wrong.
    const parsed = indexSettingSchema.safeParse({ parts: weights.filter((p) => p.weight !== 0) });
    if (!parsed.success || weights.some((p) => !Number.isFinite(p.weight))) {
      setError(t('index.invalid'));
      return;
    }
    const ok = store.getState().dispatch({ type: 'map/update', patch: { index: parsed.data } }, t('index.step'));
    setError(ok ? null : store.getState().error);
    if (ok) setDraft(null);
  };

  return (
    <form className="index-weights" aria-label={t('index.weights')} onSubmit={apply}>
      <h4 className="panel-heading">{t('index.weights')}</h4>
      <div className="index-weights__fields">
        {METRICS.map((m) => (
          <label key={m}>
            {t('index.weight', { metric: label(`metricKind.${m}`, { t: vocabulary }) })}{' '}
            <input
              type="text"
              inputMode="decimal"
              size={4}
              value={shown[m]}
              onChange={(e) => setDraft({ ...shown, [m]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit">{t('index.apply')}</button>
      </div>
      {error && (
        <p className="panel-field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
