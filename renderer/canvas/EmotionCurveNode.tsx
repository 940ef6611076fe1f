import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { EmotionCurveFlowNode } from './flowTypes';

/** The emotion curve of a lane: a line through its cards, drawn under them. */
export const EmotionCurveNode = memo(function EmotionCurveNode({ data, width, height }: NodeProps<EmotionCurveFlowNode>) {
  const d = data.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
  return (
    <svg className={`emotion-curve emotion-curve--${data.side}`} width={width} height={height} aria-hidden="true">
      <path d={d} />
    </svg>
  );
});
