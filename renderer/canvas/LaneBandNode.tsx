import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneBandFlowNode } from './flowTypes';

/** The tinted background of a lane, across the whole map; customer and organisation sides differ in hue. */
export const LaneBandNode = memo(function LaneBandNode({ data }: NodeProps<LaneBandFlowNode>) {
  return (
    <div
      className={`lane-band lane-band--${data.side} lane-band--${data.kind}${data.striped ? ' lane-band--striped' : ''}`}
    />
  );
});
