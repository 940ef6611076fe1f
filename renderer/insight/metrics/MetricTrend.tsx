import { useEffect, useMemo, useState } from 'react';
import type { MetricFigures, PeriodKind, SurveyStats } from '../../../shared/metrics/surveySchemas';
import { label } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { formatFigure } from './figures';
import { TrendChart } from './TrendChart';

type Kind = Exclude<keyof MetricFigures, 'index'>;
const KINDS: readonly Kind[] = ['nps', 'csat', 'ces', 'enps'];

interface Row {
  id: string;
  label: string;
  touchpoint: boolean;
  values: (number | null)[];
}

/** Stage rows, each followed by its touchpoints', then the keys no card has: one value per period. */
function rowsOf(trend: SurveyStats, kind: Kind, unassigned: string): Row[] {
  const periods = trend.periods ?? [];
  const rows: Row[] = [];
  for (const stage of trend.stages) {
    rows.push({
      id: `s:${stage.id}`,
      label: stage.name,
      touchpoint: false,
      values: periods.map((p) => p.stages.find((s) => s.id === stage.id)?.metrics[kind] ?? null),
    });
    for (const t of trend.touchpoints.filter((x) => x.card?.stage === stage.name)) {
      rows.push({
        id: `t:${t.key}`,
        label: t.card?.title ?? t.key,
        touchpoint: true,
        values: periods.map((p) => p.touchpoints.find((x) => x.key === t.key)?.metrics[kind] ?? null),
      });
    }
  }
  for (const t of trend.touchpoints.filter((x) => x.card === null))
    rows.push({
      id: `u:${t.key}`,
      label: `${unassigned}: ${t.key}`,
      touchpoint: true,
      values: periods.map((p) => p.touchpoints.find((x) => x.key === t.key)?.metrics[kind] ?? null),
    });
  return rows.filter((r) => r.values.some((v) => v !== null));
}

/** The figures per UTC month or quarter: a small chart per stage and touchpoint, and the numbers in a table. */
export function MetricTrend() {
  const t = useT('evidence');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const stats = useEditor((s) => s.surveyStats);
  const [by, setBy] = useState<PeriodKind | 'off'>('off');
  const [kind, setKind] = useState<Kind>('nps');
  const [fetched, setTrend] = useState<(({ stats: SurveyStats } | { error: string }) & { by: PeriodKind }) | null>(
    null,
  );
  // New answers redraw the figures in place; only another period shows "loading" (no table thrown away and redrawn).
  const trend = fetched !== null && fetched.by === by ? fetched : null;

  useEffect(() => {
    if (by === 'off' || stats === null) return;
    let current = true;
    void store
      .getState()
      .fetchSurveyTrend(by)
      .then((r) => {
        if (current) setTrend(r.ok ? { stats: r.data, by } : { error: r.error.message, by });
      });
    return () => {
      current = false;
    };
  }, [by, stats, store]);

  const unassigned = t('scorecard.unassigned');
  const rows = useMemo(
    () => (trend && 'stats' in trend ? rowsOf(trend.stats, kind, unassigned) : []),
    [trend, kind, unassigned],
  );
  const periods = trend && 'stats' in trend ? (trend.stats.periods ?? []).map((p) => p.period) : [];
  const metricName = label(`metricKind.${kind}`, { t: vocabulary });

  return (
    <section className="trend" aria-labelledby="trend-heading">
      <h4 className="panel-heading" id="trend-heading">
        {t('trend.heading')}
      </h4>
      <div className="trend__controls">
        <label>
          {t('trend.by')}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as PeriodKind | 'off')}>
            <option value="off">{t('trend.off')}</option>
            <option value="month">{t('trend.month')}</option>
            <option value="quarter">{t('trend.quarter')}</option>
          </select>
        </label>
        <label>
          {t('trend.metric')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} disabled={by === 'off'}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {label(`metricKind.${k}`, { t: vocabulary })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {by === 'off' ? null : trend === null ? (
        <p className="panel-field__hint">{t('trend.loading')}</p>
      ) : 'error' in trend ? (
        <p className="panel-field__error" role="alert">
          {t('trend.error', { message: trend.error })}
        </p>
      ) : periods.length === 0 || rows.length === 0 ? (
        <p className="panel-field__hint">{t('trend.none')}</p>
      ) : (
        <div className="scorecard__scroll">
          <table className="trend__table">
            <caption>
              {t('trend.caption', { metric: metricName, period: t(by === 'month' ? 'trend.month' : 'trend.quarter') })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('trend.row')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('trend.heading')}</span>
                </th>
                {periods.map((p) => (
                  <th key={p} scope="col">
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.touchpoint ? 'trend__touchpoint' : 'trend__stage'}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <TrendChart
                      values={r.values}
                      label={t('trend.chart', {
                        metric: metricName,
                        row: r.label,
                        values: r.values
                          .map((v, i) => `${periods[i]} ${v === null ? t('trend.noValue') : formatFigure(kind, v)}`)
                          .join(', '),
                      })}
                    />
                  </td>
                  {r.values.map((v, i) => (
                    <td key={periods[i]} className="trend__value">
                      {formatFigure(kind, v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
