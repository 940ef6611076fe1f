import { useEffect, useState } from 'react';
import type { MetricFigures, PeriodStats } from '../../../shared/metrics/surveySchemas';
import { label } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { formatFigure } from './figures';
import { TrendChart } from './TrendChart';

type Kind = Exclude<keyof MetricFigures, 'index'>;
const KINDS: readonly Kind[] = ['nps', 'csat', 'ces', 'enps'];

/**
 * A touchpoint card's figures per UTC month, in the inspector: per metric a sparkline and the numbers (a table, so
 * a screen reader reads them). Shown once the card's key has answers in two or more months; nothing before that.
 */
export function CardTrend({ cardKey }: { cardKey: string }) {
  const t = useT('evidence');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const stats = useEditor((s) => s.surveyStats);
  const answered = stats?.touchpoints.some((x) => x.key === cardKey) ?? false;
  const [periods, setPeriods] = useState<readonly PeriodStats[]>([]);

  useEffect(() => store.getState().ensureSurveyStats(), [store]);
  useEffect(() => {
    if (!answered) return;
    let current = true;
    void store
      .getState()
      .fetchSurveyTrend('month')
      .then((r) => {
        if (current && r.ok) setPeriods(r.data.periods ?? []);
      });
    return () => {
      current = false;
    };
  }, [answered, store]);

  const mine = periods.filter((p) => p.touchpoints.some((x) => x.key === cardKey));
  if (!answered || mine.length < 2) return null;
  const rows = KINDS.map((kind) => ({
    kind,
    name: label(`metricKind.${kind}`, { t: vocabulary }),
    values: mine.map((p) => p.touchpoints.find((x) => x.key === cardKey)?.metrics[kind] ?? null),
  })).filter((r) => r.values.some((v) => v !== null));
  if (rows.length === 0) return null;
  return (
    <section className="trend card-trend" aria-label={t('trend.heading')}>
      <table className="trend__table">
        <caption>{t('trend.cardCaption', { key: cardKey })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.metric')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('trend.heading')}</span>
            </th>
            {mine.map((p) => (
              <th key={p.period} scope="col">
                {p.period}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind}>
              <th scope="row">{r.name}</th>
              <td>
                <TrendChart
                  values={r.values}
                  label={t('trend.chart', {
                    metric: r.name,
                    row: cardKey,
                    values: r.values
                      .map((v, i) => `${mine[i]?.period} ${v === null ? t('trend.noValue') : formatFigure(r.kind, v)}`)
                      .join(', '),
                  })}
                />
              </td>
              {r.values.map((v, i) => (
                <td key={mine[i]?.period} className="trend__value">
                  {v === null ? '–' : formatFigure(r.kind, v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
