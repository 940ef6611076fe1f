import type { Edge, Node } from '@xyflow/react';
import type { BlueprintLineKind, LaneSide } from '../../shared/layout';
import type { Evidence } from '../../shared/schema/card';
import type { LaneKind } from '../../shared/schema/lane';
import type { LinkKind } from '../../shared/schema/link';

// node.data holds ids and plain values only (never callbacks or entities), so nodes compare cheaply and
// components stay pure; anything that acts goes through the editor store.

export type CardNodeData = {
  cardId: string;
  title: string;
  evidence: Evidence;
  teamColor: string | null;
  teamName: string | null;
  painCount: number;
  /** Shown only on emotion lanes. */
  emotion: number | null;
  onEmotionLane: boolean;
};
export type LaneHeaderData = { laneId: string; kind: LaneKind; title: string; side: LaneSide };
export type StageHeaderData = { stageId: string; name: string; description: string };
export type LaneBandData = { kind: LaneKind; side: LaneSide; striped: boolean };
export type BlueprintLineData = { kind: BlueprintLineKind; label: string; labelX: number };
export type EmotionCurveData = { side: LaneSide; points: [number, number][] };
export type StageColumnData = Record<string, never>;

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type LaneHeaderFlowNode = Node<LaneHeaderData, 'laneHeader'>;
export type StageHeaderFlowNode = Node<StageHeaderData, 'stageHeader'>;
export type LaneBandFlowNode = Node<LaneBandData, 'laneBand'>;
export type BlueprintLineFlowNode = Node<BlueprintLineData, 'blueprintLine'>;
export type EmotionCurveFlowNode = Node<EmotionCurveData, 'emotionCurve'>;
export type StageColumnFlowNode = Node<StageColumnData, 'stageColumn'>;
export type CornerFlowNode = Node<StageColumnData, 'corner'>;

export type TandemFlowNode =
  | CardFlowNode | LaneHeaderFlowNode | StageHeaderFlowNode | LaneBandFlowNode | BlueprintLineFlowNode | EmotionCurveFlowNode | StageColumnFlowNode | CornerFlowNode;

export type LinkEdgeData = { kind: LinkKind };
export type LinkFlowEdge = Edge<LinkEdgeData>;
