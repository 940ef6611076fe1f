import '../../styles/promises.css';
import { useEffect } from 'react';
import { EFFECT_MIN_N, EFFECT_WINDOW_DAYS, type EffectSide } from '../../../shared/metrics/effect';
import type { MetricKind } from '../../../shared/schema/metric';
import type { Opportunity } from '../../../shared/schema/opportunity';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { promiseFigure } from '../../ui/promiseWords';

/** A signed change in the metric's unit: "+25.0", "−0.50" (percent points for CSAT, plain for CES). */
function changeText(kind: MetricKind, change: number): string {
  const text = promiseFigure(kind === 'csat' || kind === 'yes_share' ? 'nps' : kind, change);
  return change > 0 && !text.startsWith('+') ? `+${text}` : text;
}

/** What a done action changed: each metric at its touchpoints over the days before and after its done day. */
export function ActionEffect({ action }: { action: Opportunity }) {
  const t = useT('promises');
  const vocab = useVocabulary();
  const store = useEditorStore();
  const effect = useEditor((s) => s.effectByAction.get(action.id) ?? null);
  const status = useEditor((s) => s.evidenceStatus);
  const dated = action.status === 'done' && action.doneAt !== undefined;
  useEffect(() => {
    if (dated) store.getState().ensureEvidence();
  }, [dated, store]);
  if (action.status !== 'done') return null;

  const side = (kind: MetricKind, s: EffectSide) =>
    s.enough
      ? t('effect.side', { figure: promiseFigure(kind, s.value), n: s.n })
      : t('effect.tooFew', { n: s.n, min: EFFECT_MIN_N });
  return (
    <section className="action-effect" aria-label={t('effect.title')} data-testid="action-effect">
      <h4>{t('effect.title')}</h4>
      {!dated ? (
        <p className="panel-field__hint">{t('effect.noDate')}</p>
      ) : !effect || effect.doneAt !== action.doneAt ? (
        <p className="panel-field__hint">{status === 'error' ? t('table.failed') : t('effect.loading')}</p>
      ) : effect.touchpoints.length === 0 ? (
        <p className="panel-field__hint">{t('effect.noTouchpoints')}</p>
      ) : (
        <>
          <p className="effect-periods">
            {t('effect.periods', {
              beforeFrom: effect.before.from,
              beforeTo: effect.before.to,
              afterFrom: effect.after.from,
              afterTo: effect.after.to,
              days: EFFECT_WINDOW_DAYS,
            })}
          </p>
          {effect.touchpoints.map((tp) => (
            <div key={tp.cardId}>
              <p className="effect-periods">{t('effect.at', { title: tp.title, key: tp.key })}</p>
              {tp.metrics.length === 0 ? (
                <p className="panel-field__hint">{t('effect.noAnswers')}</p>
              ) : (
                <table className="effect-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('effect.colMetric')}</th>
                      <th scope="col">{t('effect.colBefore')}</th>
                      <th scope="col">{t('effect.colAfter')}</th>
                      <th scope="col">{t('effect.colChange')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tp.metrics.map((m) => (
                      <tr key={m.metric} data-metric={m.metric}>
                        <th scope="row">{vocab(`metricKind.${m.metric}`)}</th>
                        <td className="effect-table__num">{side(m.metric, m.before)}</td>
                        <td className="effect-table__num">{side(m.metric, m.after)}</td>
                        <td className="effect-table__num">
                          {m.change === null ? '–' : changeText(m.metric, m.change)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
