import '../../styles/insight.css';
import { Fragment, useMemo, useState } from 'react';
import { indexFormula } from '../../../shared/metrics/cxexIndex';
import type { MetricDefinition } from '../../../shared/schema/metric';
import { label } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { IndexWeights } from '../sites/IndexWeights';
import { indexText } from '../sites/indexText';
import { SiteComparisonTable } from '../sites/SiteComparisonTable';
import { SitePicker } from '../sites/SitePicker';
import { cardFigures, describeTarget, keyFigures, metricSide, shortTarget, stageFigures } from './figures';
import { MetricDefinitionsEditor } from './MetricDefinitionsEditor';
import { MetricTrend } from './MetricTrend';
import { MetricValueForm } from './MetricValueForm';
import { PromisesTable } from '../promises/PromisesTable';
import { ScorecardCell } from './ScorecardCell';
import { useSurveyStats } from './useFigures';

/** Customer metrics first, then employee ones: the CX | EX split of the columns. */
function columnsOf(metrics: readonly MetricDefinition[]): MetricDefinition[] {
  return [
    ...metrics.filter((m) => metricSide(m) === 'customer'),
    ...metrics.filter((m) => metricSide(m) === 'employee'),
  ];
}

/** The CX + EX scorecard: every stage (touchpoints on demand) × every metric, against target; hand entry and targets below. */
export function ScorecardPanel() {
  const allStats = useSurveyStats();
  const [site, setSite] = useState<string | null>(null);
  const sites = allStats?.sites ?? [];
  // A picked site shows the figures of its answers only; a site gone from the answers falls back to all sites.
  const picked = site === null ? undefined : sites.find((s) => s.site === site);
  const stats = picked ? { touchpoints: picked.touchpoints, stages: picked.stages } : allStats;
  const status = useEditor((s) => s.surveyStatsStatus);
  const error = useEditor((s) => s.surveyStatsError);
  const doc = useEditor((s) => s.doc);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const columns = useMemo(() => columnsOf(doc.metrics), [doc.metrics]);
  const stages = useMemo(() => [...doc.stages].sort((a, b) => a.order - b.order), [doc.stages]);
  const firstEmployee = columns.findIndex((m) => metricSide(m) === 'employee');
  const order = (figs: ReturnType<typeof stageFigures>) => columns.map((m) => figs.find((f) => f.metric.id === m.id)!);
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const sep = (i: number) => (i === firstEmployee && i > 0 ? ' scorecard__ex-start' : '');
  const t = useT('evidence');
  const vocabulary = useVocabulary();
  // Answers at keys no card has are kept (Import anyway) and shown as their own group, never dropped.
  const unassigned = (stats?.touchpoints ?? []).filter((tp) => tp.card === null);
  const formula = t('index.formula', { formula: indexFormula(doc.meta.index) });
  const indexOfKey = (key: string | null) =>
    indexText(stats?.touchpoints.find((tp) => tp.key === key)?.metrics.index ?? null);

  return (
    <section className="scorecard" aria-label={t('scorecard.label')}>
      <h3 className="panel-heading">{t('scorecard.heading')}</h3>
      {status === 'error' && (
        <p className="panel-field__error" role="alert">
          {t('scorecard.loadError', { message: error })}
        </p>
      )}
      <SitePicker sites={sites.map((s) => s.site)} value={picked ? picked.site : null} onChange={setSite} />
      {doc.metrics.length === 0 ? (
        <p className="panel-field__hint">{t('scorecard.empty')}</p>
      ) : (
        <div className="scorecard__scroll">
          <table className="scorecard__table">
            <thead>
              <tr>
                <th scope="col">{t('scorecard.stage')}</th>
                {columns.map((m, i) => (
                  <th
                    key={m.id}
                    scope="col"
                    className={sep(i)}
                    title={t('scorecard.columnTitle', {
                      name: m.name,
                      side: t('defs.side', { side: label(`side.${metricSide(m)}`, { t: vocabulary }).toLowerCase() }),
                      target: describeTarget(m),
                    })}
                  >
                    {m.name}
                    <span className="scorecard__target">{shortTarget(m)}</span>
                  </th>
                ))}
                <th scope="col" className="scorecard__ex-start scorecard__index" title={formula}>
                  {t('index.column')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stages.map((stage) => {
                const cards = doc.cards.filter(
                  (c) => c.stageId === stage.id && (c.key !== null || doc.metricValues.some((v) => v.cardId === c.id)),
                );
                const expanded = open.has(stage.id);
                return (
                  <Fragment key={stage.id}>
                    <tr className="scorecard__stage" data-stage={stage.name}>
                      <th scope="row">
                        {cards.length > 0 ? (
                          <button
                            type="button"
                            className="scorecard__toggle"
                            aria-expanded={expanded}
                            onClick={() => toggle(stage.id)}
                            title={expanded ? t('scorecard.hideCards') : t('scorecard.showCards')}
                          >
                            <span aria-hidden="true" className="scorecard__arrow">
                              {expanded ? '▾' : '▸'}
                            </span>
                            {stage.name || t('scorecard.untitledStage')}
                          </button>
                        ) : (
                          stage.name || t('scorecard.untitledStage')
                        )}
                      </th>
                      {order(stageFigures(doc, stats, stage.id)).map((f, i) => (
                        <ScorecardCell key={f.metric.id} figure={f} extraClass={sep(i)} />
                      ))}
                      <td className="scorecard__cell scorecard__ex-start scorecard__index" data-metric="index">
                        {indexText(stats?.stages.find((st) => st.id === stage.id)?.metrics.index ?? null)}
                      </td>
                    </tr>
                    {expanded &&
                      cards.map((card) => (
                        <tr key={card.id} className="scorecard__touchpoint">
                          <th scope="row">
                            {card.title || t('scorecard.untitledCard')}
                            {card.key && <code className="scorecard__key">{card.key}</code>}
                          </th>
                          {order(cardFigures(doc, stats, card.id)).map((f, i) => (
                            <ScorecardCell key={f.metric.id} figure={f} extraClass={sep(i)} />
                          ))}
                          <td className="scorecard__cell scorecard__ex-start scorecard__index" data-metric="index">
                            {indexOfKey(card.key)}
                          </td>
                        </tr>
                      ))}
                  </Fragment>
                );
              })}
              {unassigned.length > 0 && (
                <tr className="scorecard__stage scorecard__unassigned" data-stage="unassigned">
                  <th scope="rowgroup" colSpan={columns.length + 2} title={t('scorecard.unassignedHint')}>
                    {t('scorecard.unassigned')}
                  </th>
                </tr>
              )}
              {unassigned.map((tp) => (
                <tr key={tp.key} className="scorecard__touchpoint" data-key={tp.key}>
                  <th scope="row">
                    <code className="scorecard__key">{tp.key}</code>
                  </th>
                  {order(keyFigures(doc, stats, tp.key)).map((f, i) => (
                    <ScorecardCell key={f.metric.id} figure={f} extraClass={sep(i)} />
                  ))}
                  <td className="scorecard__cell scorecard__ex-start scorecard__index" data-metric="index">
                    {indexText(tp.metrics.index)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {doc.metrics.length > 0 && stats !== null && stats.touchpoints.length > 0 && <MetricTrend />}
      <p className="panel-field__hint scorecard__legend">{t('scorecard.legend')}</p>
      <p className="panel-field__hint scorecard__legend" data-testid="index-formula">
        {formula}
      </p>
      <SiteComparisonTable sites={sites} formula={formula} />
      {doc.metrics.length > 0 && <IndexWeights />}
      <PromisesTable />
      {doc.metrics.length > 0 && <MetricValueForm />}
      <MetricDefinitionsEditor />
    </section>
  );
}
