import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneHeaderFlowNode } from './flowTypes';
import { HeaderShell } from './structure/HeaderShell';
import { LANE_KIND } from './structure/laneKinds';
import '../styles/structure.css';

const SIDE_WORD = { customer: 'Customer side', organisation: 'Organisation', neutral: 'Shared' } as const;

/** The header on the left of a lane: kind, title and side; rename, reorder, resize and delete from here. */
export const LaneHeaderNode = memo(function LaneHeaderNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
  width,
  height,
}: NodeProps<LaneHeaderFlowNode>) {
  const kind = LANE_KIND[data.kind];
  return (
    <HeaderShell
      axis="lane"
      id={data.laneId}
      name={data.title}
      box={{ x: positionAbsoluteX, y: positionAbsoluteY, width: width ?? 0, height: height ?? 0 }}
      className={`lane-header lane-header--${data.side}`}
      titleClassName="lane-header__title"
      before={
        <div className="lane-header__kind">
          <span aria-hidden="true" className="lane-header__icon">
            {kind.icon}
          </span>{' '}
          {kind.label}
        </div>
      }
      after={<div className={`lane-header__side lane-header__side--${data.side}`}>{SIDE_WORD[data.side]}</div>}
    />
  );
});
