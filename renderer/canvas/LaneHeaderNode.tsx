import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneHeaderFlowNode } from './flowTypes';
import { HeaderShell } from './structure/HeaderShell';
import { useVocabulary } from '../i18n';
import { LANE_ICON } from './structure/laneKinds';
import '../styles/structure.css';

/** The header on the left of a lane: kind, title and side (in the UI's language); rename, reorder, resize and delete from here. */
export const LaneHeaderNode = memo(function LaneHeaderNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
  width,
  height,
}: NodeProps<LaneHeaderFlowNode>) {
  const vocab = useVocabulary();
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
            {LANE_ICON[data.kind]}
          </span>{' '}
          {vocab(`laneKind.${data.kind}`)}
        </div>
      }
      after={
        <div className={`lane-header__side lane-header__side--${data.side}`}>{vocab(`laneSide.${data.side}`)}</div>
      }
    />
  );
});
