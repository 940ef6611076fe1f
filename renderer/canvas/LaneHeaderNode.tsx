import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneKind } from '../../shared/schema/lane';
import type { LaneHeaderFlowNode } from './flowTypes';

const KIND: Record<LaneKind, { icon: string; label: string }> = {
  customer: { icon: '●', label: 'Customer' },
  touchpoint: { icon: '◆', label: 'Touchpoint' },
  frontstage: { icon: '▲', label: 'Frontstage' },
  backstage: { icon: '▼', label: 'Backstage' },
  support: { icon: '■', label: 'Support' },
  employee: { icon: '◐', label: 'Employee' },
  emotion: { icon: '♥', label: 'Emotion' },
  metrics: { icon: '≡', label: 'Metrics' },
  notes: { icon: '✎', label: 'Notes' },
};

/** The header on the left of a lane: its kind and its title. */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneHeaderFlowNode>) {
  const kind = KIND[data.kind];
  return (
    <div className={`lane-header lane-header--${data.side}`} data-lane-id={data.laneId}>
      <div className="lane-header__kind">
        <span aria-hidden="true" className="lane-header__icon">{kind.icon}</span> {kind.label}
      </div>
      <div className="lane-header__title">{data.title}</div>
    </div>
  );
});
