import { useState, type FormEvent } from 'react';
import { newId } from '../../../shared/ids';
import type { MetricValue } from '../../../shared/schema/metric';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { formatFigure } from './figures';

/** A number typed in a field, or null for an empty field; NaN for anything else. */
const numberOf = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim().replace(',', '.').replace('−', '-'));

/** Hand entry of a metric value for a stage or a card (value, n, period), and the list of values typed in so far. */
export function MetricValueForm() {
  const t = useT('evidence');
  const store = useEditorStore();
  const metrics = useEditor((s) => s.doc.metrics);
  const stages = useEditor((s) => s.doc.stages);
  const cards = useEditor((s) => s.doc.cards);
  const values = useEditor((s) => s.doc.metricValues);
  const [metricId, setMetricId] = useState('');
  const [where, setWhere] = useState('');
  const [value, setValue] = useState('');
  const [n, setN] = useState('');
  const [period, setPeriod] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const sortedStages = [...stages].sort((a, b) => a.order - b.order);
  const keyed = cards.filter((c) => c.key !== null);
  const metric = metrics.find((m) => m.id === metricId) ?? metrics[0];
  const place = where || (sortedStages[0] ? `stage:${sortedStages[0].id}` : '');

  const add = (e: FormEvent) => {
    e.preventDefault();
    const v = numberOf(value);
    const count = numberOf(n);
    if (!metric || !place) return setProblem(t('entry.chooseBoth'));
    if (v === null || !Number.isFinite(v)) return setProblem(t('entry.notNumber'));
    if (count !== null && (!Number.isInteger(count) || count < 0)) return setProblem(t('entry.badN'));
    const [kind, id] = place.split(':') as ['stage' | 'card', string];
    const entry: MetricValue = {
      id: newId(),
      metricId: metric.id,
      value: v,
      n: count,
      period: period.trim().slice(0, 40),
      stageId: kind === 'stage' ? id : null,
      cardId: kind === 'card' ? id : null,
    };
    if (
      store
        .getState()
        .dispatch(
          { type: 'metricValue/add', value: entry },
          t('entry.addStep', { metric: metric.name, value: formatFigure(metric.kind, v) }),
        )
    ) {
      setValue('');
      setN('');
      setProblem(null);
    } else setProblem(store.getState().error);
  };
  const nameOf = (v: MetricValue) =>
    v.stageId !== null
      ? (stages.find((s) => s.id === v.stageId)?.name ?? t('entry.stage'))
      : (cards.find((c) => c.id === v.cardId)?.title ?? t('entry.card'));

  return (
    <form className="metric-entry" onSubmit={add} aria-label={t('entry.label')}>
      <h3 className="panel-heading">{t('entry.heading')}</h3>
      <div className="metric-entry__grid">
        <label className="panel-field__label">
          {t('entry.metric')}
          <select className="panel-field__input" value={metric?.id ?? ''} onChange={(e) => setMetricId(e.target.value)}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-field__label">
          {t('entry.for')}
          <select className="panel-field__input" value={place} onChange={(e) => setWhere(e.target.value)}>
            <optgroup label={t('entry.stages')}>
              {sortedStages.map((s) => (
                <option key={s.id} value={`stage:${s.id}`}>
                  {s.name || t('entry.untitledStage')}
                </option>
              ))}
            </optgroup>
            {keyed.length > 0 && (
              <optgroup label={t('entry.cards')}>
                {keyed.map((c) => (
                  <option key={c.id} value={`card:${c.id}`}>
                    {c.title || c.key}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className="panel-field__label">
          {t('entry.value')}
          <input
            className="panel-field__input"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={t('entry.valueExample')}
          />
        </label>
        <label className="panel-field__label">
          {t('entry.n')}
          <input
            className="panel-field__input"
            inputMode="numeric"
            value={n}
            onChange={(e) => setN(e.target.value)}
            placeholder={t('entry.optional')}
          />
        </label>
        <label className="panel-field__label metric-entry__period">
          {t('entry.period')}
          <input
            className="panel-field__input"
            value={period}
            maxLength={40}
            onChange={(e) => setPeriod(e.target.value)}
            placeholder={t('entry.periodExample')}
          />
        </label>
      </div>
      {problem && (
        <p className="panel-field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="panel-button panel-button--primary">
        {t('entry.add')}
      </button>
      {values.length > 0 && (
        <ul className="metric-entry__list" aria-label={t('entry.list')}>
          {values.map((v) => {
            const m = metrics.find((x) => x.id === v.metricId);
            return (
              <li key={v.id}>
                <span>
                  {m?.name ?? t('entry.metric')} · {nameOf(v)}:{' '}
                  <strong>{m ? formatFigure(m.kind, v.value) : v.value}</strong>
                  {v.n !== null && ` · ${t('entry.nValue', { n: v.n })}`}
                  {v.period && ` · ${v.period}`}
                </span>
                <button
                  type="button"
                  className="panel-button panel-button--danger"
                  aria-label={t('entry.deleteLabel', { metric: m?.name ?? t('entry.someMetric'), place: nameOf(v) })}
                  onClick={() =>
                    void store
                      .getState()
                      .dispatch(
                        { type: 'metricValue/delete', id: v.id },
                        t('entry.deleteStep', { metric: m?.name ?? t('entry.someMetric') }),
                      )
                  }
                >
                  {t('entry.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </form>
  );
}
