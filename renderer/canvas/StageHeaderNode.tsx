import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StageHeaderFlowNode } from './flowTypes';

/** The header on top of a stage column. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageHeaderFlowNode>) {
  return (
    <div className="stage-header" data-stage-id={data.stageId} title={data.description || data.name}>
      <div className="stage-header__name">{data.name}</div>
    </div>
  );
});
