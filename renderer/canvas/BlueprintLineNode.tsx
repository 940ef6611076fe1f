import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlueprintLineFlowNode } from './flowTypes';

/** A dashed line of the service blueprint across the map, labelled to the right of the last stage. */
export const BlueprintLineNode = memo(function BlueprintLineNode({ data }: NodeProps<BlueprintLineFlowNode>) {
  return (
    <div className={`blueprint-line blueprint-line--${data.kind}`}>
      <span className="blueprint-line__label" style={{ left: data.labelX }}>
        {data.label}
      </span>
    </div>
  );
});
