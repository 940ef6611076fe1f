import { formatFigure } from '../insight/metrics/figures';
import { StatusMark } from '../insight/metrics/StatusMark';
import { useStageFigures } from '../insight/metrics/useFigures';
import { useT } from '../i18n';

/**
 * A stage's metrics as the scorecard computes them (`stageFigures`, `figureText`, `targetStatus`): the same
 * figures in large type, each with its ✓ / ≈ / ✗ in words as well as colour.
 */
export function FocusFigures({ stageId }: { stageId: string }) {
  const t = useT('present');
  const figures = useStageFigures(stageId);
  if (figures.length === 0) return <p className="focus-view__none">{t('focus.noMetrics')}</p>;
  return (
    <dl className="focus-figures">
      {figures.map((f) => (
        <div
          key={f.metric.id}
          className={`focus-figures__row focus-figures__row--${f.status}`}
          data-metric={f.metric.kind}
        >
          <dt>{f.metric.name}</dt>
          <dd>
            <span className="focus-figures__value">{formatFigure(f.metric.kind, f.value)}</span>{' '}
            <StatusMark status={f.status} words />
          </dd>
        </div>
      ))}
    </dl>
  );
}
