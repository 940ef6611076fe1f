import '../styles/promises.css';
import { useEffect } from 'react';
import { PROMISE_GLYPH } from '../../shared/insight/promises';
import type { BrandPromise, Card } from '../../shared/schema/card';
import { type MetricKind, metricKindSchema } from '../../shared/schema/metric';
import { useT, useVocabulary } from '../i18n';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { SelectField } from '../ui/fields/SelectField';
import { promiseFigure, promiseReason } from '../ui/promiseWords';

const STANDARD: MetricKind[] = ['nps', 'csat', 'ces', 'enps'];

/** A number typed in the UI's way ("85", "4,5"), or null when it is not one. */
function readNumber(draft: string): number | null {
  const v = Number(draft.trim().replace(',', '.').replace('−', '-'));
  return draft.trim() !== '' && Number.isFinite(v) ? v : null;
}

/** The brand promise of a touchpoint card: its words, the metric that tests it, its target, and what the answers say. */
export function PromiseFields({ card }: { card: Card }) {
  const t = useT('promises');
  const vocab = useVocabulary();
  const store = useEditorStore();
  const metrics = useEditor((s) => s.doc.metrics);
  const row = useEditor((s) => s.promiseByCard.get(card.id) ?? null);
  const promise = card.promise;
  useEffect(() => {
    if (promise) store.getState().ensureEvidence();
  }, [promise, store]);

  const defined = [...new Set(metrics.map((m) => m.kind))];
  const kinds = defined.length > 0 ? defined : STANDARD;
  const metric: MetricKind = promise?.metric ?? (kinds.includes('csat') ? 'csat' : kinds[0]!);
  const mapTarget = metrics.find((m) => m.kind === metric)?.target ?? null;
  const set = (next: BrandPromise | null): string | null =>
    store.getState().dispatch({ type: 'card/update', id: card.id, patch: { promise: next } })
      ? null
      : (store.getState().error ?? t('field.badTarget'));

  if (card.key === null) {
    return (
      <fieldset className="promise-fields" aria-label={t('field.section')}>
        <legend>{t('field.section')}</legend>
        <p className="panel-field__hint">{t('field.needsKey')}</p>
      </fieldset>
    );
  }
  const options = [...new Set([...kinds, metric])]
    .filter((k) => metricKindSchema.safeParse(k).success)
    .map((k) => ({ value: k, label: vocab(`metricKind.${k}`) }));
  return (
    <fieldset className="promise-fields" aria-label={t('field.section')}>
      <legend>{t('field.section')}</legend>
      <CommitText
        label={t('field.text')}
        value={promise?.text ?? ''}
        placeholder={t('field.textPlaceholder')}
        onCommit={(text) => {
          if (text.trim() === '') return promise ? set(null) : null;
          return set({ ...promise, metric, text: text.trim() });
        }}
      />
      {promise && (
        <>
          <SelectField
            label={t('field.metric')}
            value={metric}
            options={options}
            onChange={(kind) => set({ ...promise, metric: kind as MetricKind })}
          />
          <CommitText
            label={t('field.target')}
            value={promise.target === undefined ? '' : String(promise.target)}
            hint={t('field.targetHint', {
              target: mapTarget === null ? t('field.noMapTarget') : promiseFigure(metric, mapTarget),
            })}
            validate={(draft) => (draft.trim() === '' || readNumber(draft) !== null ? null : t('field.badTarget'))}
            onCommit={(draft) => {
              const { target: _old, ...rest } = promise;
              const target = readNumber(draft);
              return set(target === null ? rest : { ...rest, target });
            }}
          />
          {row && (
            <p className={`promise-fields__status`} data-testid="promise-status">
              <span className={`promise-badge promise-badge--${row.status}`}>
                {PROMISE_GLYPH[row.status]} {t(`status.${row.status}`)}
              </span>{' '}
              {promiseReason(row)}
            </p>
          )}
          <button type="button" className="pp-button" onClick={() => set(null)}>
            {t('field.remove')}
          </button>
        </>
      )}
    </fieldset>
  );
}
