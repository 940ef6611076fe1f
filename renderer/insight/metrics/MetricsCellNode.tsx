import '../../styles/insight.css';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { metricSide, type Figure } from './figures';
import { MetricFigureRow } from './MetricFigureRow';
import type { MetricsCellFlowNode } from './metricsCellNodes';
import { useStageFigures } from './useFigures';

/** Rows that fit a default-height metrics lane at a readable size. */
const ROWS = 3;

function Column({ title, figures }: { title: string; figures: Figure[] }) {
  const t = useT('evidence');
  const shown = figures.slice(0, ROWS);
  return (
    <div className="metrics-cell__side">
      <div className="metrics-cell__side-title" aria-hidden="true">
        {title}
      </div>
      <ul className="metrics-cell__figures" aria-label={t('cell.figures', { side: title })}>
        {shown.map((f) => (
          <MetricFigureRow key={f.metric.id} figure={f} />
        ))}
      </ul>
      {figures.length > shown.length && (
        <div className="metrics-cell__more">{t('cell.more', { count: figures.length - shown.length })}</div>
      )}
    </div>
  );
}

/** A stage's cell on the metrics lane: customer figures (NPS, CSAT, CES) beside employee ones (eNPS). Click opens the scorecard. */
export const MetricsCellNode = memo(function MetricsCellNode({ data }: NodeProps<MetricsCellFlowNode>) {
  const t = useT('evidence');
  const store = useEditorStore();
  const figures = useStageFigures(data.stageId);
  if (figures.length === 0) return <div className="metrics-cell metrics-cell--empty">{t('cell.none')}</div>;
  const customer = figures.filter((f) => metricSide(f.metric) === 'customer');
  const employee = figures.filter((f) => metricSide(f.metric) === 'employee');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut to the Scores tab, which the keyboard reaches in the side panel
    // biome-ignore lint/a11y/noStaticElementInteractions: as above; the cell holds two lists, which a button cannot
    <div className="metrics-cell" data-stage-id={data.stageId} onClick={() => store.getState().showPanel('scorecard')}>
      <Column title={t('cell.customer')} figures={customer} />
      <Column title={t('cell.employee')} figures={employee} />
    </div>
  );
});
