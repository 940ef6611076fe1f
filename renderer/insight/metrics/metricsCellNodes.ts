import type { Node } from '@xyflow/react';
import type { MapLayout } from '../../../shared/layout';

export type MetricsCellData = { stageId: string };
export type MetricsCellFlowNode = Node<MetricsCellData, 'metricsCell'>;

/** One scorecard cell per stage on every metrics lane, behind any cards placed there. */
export function metricsCellNodes(layout: MapLayout): MetricsCellFlowNode[] {
  const out: MetricsCellFlowNode[] = [];
  for (const lane of layout.lanes) {
    if (lane.kind !== 'metrics') continue;
    for (const stage of layout.stages) {
      out.push({
        id: `metrics:${lane.id}:${stage.id}`,
        type: 'metricsCell',
        position: { x: stage.x, y: lane.y },
        width: stage.width,
        height: lane.height,
        zIndex: -1,
        data: { stageId: stage.id },
      });
    }
  }
  return out;
}
