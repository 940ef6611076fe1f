import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StageHeaderFlowNode } from './flowTypes';
import { HeaderShell } from './structure/HeaderShell';
import '../styles/structure.css';

/** The header on top of a stage column: its name; rename, reorder, resize and delete from here. */
export const StageHeaderNode = memo(function StageHeaderNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
  width,
  height,
}: NodeProps<StageHeaderFlowNode>) {
  return (
    <HeaderShell
      axis="stage"
      id={data.stageId}
      name={data.name}
      box={{ x: positionAbsoluteX, y: positionAbsoluteY, width: width ?? 0, height: height ?? 0 }}
      className="stage-header"
      titleClassName="stage-header__name"
      description={data.description}
    />
  );
});
