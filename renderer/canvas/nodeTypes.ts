import type { NodeTypes } from '@xyflow/react';
import { BlueprintLineNode } from './BlueprintLineNode';
import { CardNode } from './CardNode';
import { CornerNode } from './CornerNode';
import { EmotionCurveNode } from './EmotionCurveNode';
import { LaneBandNode } from './LaneBandNode';
import { LaneHeaderNode } from './LaneHeaderNode';
import { MetricsCellNode } from '../insight/metrics/MetricsCellNode';
import { StageColumnNode } from './StageColumnNode';
import { StageHeaderNode } from './StageHeaderNode';
import { AddLaneNode } from './structure/AddLaneNode';
import { AddStageNode } from './structure/AddStageNode';

// Declared once at module level: a new object on each render would make React Flow re-mount every node.
export const nodeTypes: NodeTypes = {
  card: CardNode,
  laneHeader: LaneHeaderNode,
  stageHeader: StageHeaderNode,
  laneBand: LaneBandNode,
  stageColumn: StageColumnNode,
  blueprintLine: BlueprintLineNode,
  emotionCurve: EmotionCurveNode,
  corner: CornerNode,
  metricsCell: MetricsCellNode,
  stageAdd: AddStageNode,
  laneAdd: AddLaneNode,
};
