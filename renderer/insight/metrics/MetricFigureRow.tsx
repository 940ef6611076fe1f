import { STATUS_TEXT, describeTarget, formatFigure, type Figure } from './figures';
import { StatusMark } from './StatusMark';

/** Everything about a figure in one sentence, for the tooltip and screen readers. */
export function describeFigure(f: Figure): string {
  const parts = [`${f.metric.name} ${formatFigure(f.metric.kind, f.value)}`];
  if (f.source === 'entered')
    parts.push(`entered by hand${f.n !== null ? `, n ${f.n}` : ''}${f.period ? `, ${f.period}` : ''}`);
  if (f.source === 'survey') parts.push(`from survey answers${f.n !== null ? `, ${f.n} interactions` : ''}`);
  if (f.source === null) parts.push('no data yet');
  if (f.status !== 'none') parts.push(`${STATUS_TEXT[f.status]} (${describeTarget(f.metric)})`);
  return parts.join(' · ');
}

/** One metric of a metrics-lane cell: name, value coloured against its target, a ✓ / ≈ / ✗ mark, ✎ when typed in by hand. */
export function MetricFigureRow({ figure }: { figure: Figure }) {
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
