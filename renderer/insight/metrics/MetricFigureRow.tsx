import { sayIn, useT } from '../../i18n';
import { describeTarget, type Figure, formatFigure, statusText } from './figures';
import { StatusMark } from './StatusMark';

/** Everything about a figure in one sentence, for the tooltip and screen readers, in the UI language at call time. */
export function describeFigure(f: Figure): string {
  const t = sayIn('evidence');
  const parts = [`${f.metric.name} ${formatFigure(f.metric.kind, f.value)}`];
  if (f.source === 'entered')
    parts.push(
      [t('figure.entered'), f.n !== null ? t('entry.nValue', { n: f.n }) : '', f.period ?? '']
        .filter((p) => p !== '')
        .join(', '),
    );
  if (f.source === 'survey')
    parts.push(
      f.n !== null ? `${t('figure.survey')}, ${t('figure.interactions', { count: f.n })}` : t('figure.survey'),
    );
  if (f.source === null) parts.push(t('figure.noData'));
  if (f.status !== 'none')
    parts.push(t('figure.status', { status: statusText(f.status), target: describeTarget(f.metric) }));
  return parts.join(' · ');
}

/** One metric of a metrics-lane cell: name, value coloured against its target, a ✓ / ≈ / ✗ mark, ✎ when typed in by hand. */
export function MetricFigureRow({ figure }: { figure: Figure }) {
  // Subscribed so the sentence is said again in a newly chosen language.
  useT('evidence');
  const text = describeFigure(figure);
  return (
    <li
      className={`metric-figure metric-figure--${figure.status}`}
      title={text}
      aria-label={text}
      data-metric={figure.metric.kind}
    >
      <span className="metric-figure__name" aria-hidden="true">
        {figure.metric.name}
      </span>
      <span className="metric-figure__value" aria-hidden="true">
        {formatFigure(figure.metric.kind, figure.value)}
        {figure.source === 'entered' && <span className="metric-figure__entered"> ✎</span>}
      </span>
      <StatusMark status={figure.status} />
    </li>
  );
}
