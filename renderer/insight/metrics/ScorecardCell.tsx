import { useT } from '../../i18n';
import { formatFigure, type Figure } from './figures';
import { describeFigure } from './MetricFigureRow';
import { StatusMark } from './StatusMark';

/** One figure in the scorecard table: value and ✓/≈/✗ coloured against target, with n and "entered" below. */
export function ScorecardCell({ figure, extraClass = '' }: { figure: Figure; extraClass?: string }) {
  const t = useT('evidence');
  const n = figure.n !== null ? t('entry.nValue', { n: figure.n }) : '';
  const sub =
    figure.source === 'entered'
      ? [t('cell.entered'), n, figure.period ?? ''].filter((p) => p !== '').join(' · ')
      : figure.source === 'survey'
        ? n
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
