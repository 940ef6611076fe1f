import { formatFigure, type Figure } from './figures';
import { describeFigure } from './MetricFigureRow';
import { StatusMark } from './StatusMark';

/** One figure in the scorecard table: value and ✓/≈/✗ coloured against target, with n and "entered" below. */
export function ScorecardCell({ figure, extraClass = '' }: { figure: Figure; extraClass?: string }) {
  const sub =
    figure.source === 'entered'
      ? `entered${figure.n !== null ? ` · n ${figure.n}` : ''}${figure.period ? ` · ${figure.period}` : ''}`
      : figure.source === 'survey' && figure.n !== null
        ? `n ${figure.n}`
        : '';
  return (
    <td
      className={`scorecard__cell scorecard__cell--${figure.status}${extraClass}`}
      title={describeFigure(figure)}
      data-metric={figure.metric.kind}
    >
      <span className="scorecard__value">{formatFigure(figure.metric.kind, figure.value)}</span>{' '}
      <StatusMark status={figure.status} />
      {sub && <span className="scorecard__sub">{sub}</span>}
    </td>
  );
}
