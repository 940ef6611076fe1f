import type { Edge, Node } from '@xyflow/react';
import type { BlueprintLineKind, LaneSide } from '../../shared/layout';
import type { Author } from '../../shared/schema/author';
import type { Evidence } from '../../shared/schema/card';
import type { LaneKind } from '../../shared/schema/lane';
import type { LinkKind } from '../../shared/schema/link';
import type { MetricsCellFlowNode } from '../insight/metrics/metricsCellNodes';

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
  /** Who added it in a live workshop (plain values); null for the facilitator's own cards. */
  author: Author | null;
  /** Teams that marked it "we touch this" in a workshop (name and colour); empty when none did. */
  touches: { name: string; color: string }[];
};
export type LaneHeaderData = { laneId: string; kind: LaneKind; title: string; side: LaneSide };
export type StageHeaderData = { stageId: string; name: string; description: string };
export type LaneBandData = { kind: LaneKind; side: LaneSide; striped: boolean };
export type BlueprintLineData = { kind: BlueprintLineKind; label: string; labelX: number };
/** One card's point on an emotion curve, relative to the curve node; `value` null when the card has no score yet. */
export type EmotionPoint = { cardId: string; title: string; x: number; y: number; value: number | null };
export type EmotionCurveData = { laneId: string; side: LaneSide; laneHeight: number; points: EmotionPoint[] };
export type StageColumnData = Record<string, never>;

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type LaneHeaderFlowNode = Node<LaneHeaderData, 'laneHeader'>;
export type StageHeaderFlowNode = Node<StageHeaderData, 'stageHeader'>;
export type LaneBandFlowNode = Node<LaneBandData, 'laneBand'>;
export type BlueprintLineFlowNode = Node<BlueprintLineData, 'blueprintLine'>;
export type EmotionCurveFlowNode = Node<EmotionCurveData, 'emotionCurve'>;
export type StageColumnFlowNode = Node<StageColumnData, 'stageColumn'>;
export type CornerFlowNode = Node<StageColumnData, 'corner'>;
export type StageAddFlowNode = Node<StageColumnData, 'stageAdd'>;
export type LaneAddFlowNode = Node<StageColumnData, 'laneAdd'>;

export type TandemFlowNode =
  | CardFlowNode
  | LaneHeaderFlowNode
  | StageHeaderFlowNode
  | LaneBandFlowNode
  | BlueprintLineFlowNode
  | EmotionCurveFlowNode
  | StageColumnFlowNode
  | CornerFlowNode
  | StageAddFlowNode
  | LaneAddFlowNode
  | MetricsCellFlowNode;

/**
 * A link as the canvas draws it; `detourX` is the canvas x of its run round the cards in between (same column),
 * `detourY` the y of its run past the cards of the stages in between, `labelY` where its label sits on a detour.
 */
export type LinkEdgeData = {
  kind: LinkKind;
  label: string;
  hidden: boolean;
  detourX: number | null;
  detourY: number | null;
  labelY: number | null;
};
export type LinkFlowEdge = Edge<LinkEdgeData>;
