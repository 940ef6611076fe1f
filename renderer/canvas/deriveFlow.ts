import { Position, type Node, type NodeHandle } from '@xyflow/react';
import { BLUEPRINT_LINE_LABELS, LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, linkRoute, type CardBox, type LinkRoute, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';
import { emotionCurveNode } from './emotion/emotionCurveNode';
import { metricsCellNodes } from '../insight/metrics/metricsCellNodes';
import type { LinkEdgeData, LinkFlowEdge, TandemFlowNode } from './flowTypes';
import { isHiddenWork } from './links/linkKind';
import { ADD_LANE_HEIGHT, ADD_STAGE_WIDTH } from './structure/addSizes';

/** Extra room to the right of the last stage where blueprint-line labels sit, clear of every card. */
export const LINE_LABEL_GUTTER = 240;

// `handles` declared up front: React Flow otherwise renders every node once, visible or not, just to measure
// its handles, which for 2,000 cards costs seconds on opening. Background nodes have none.
const fixed: Pick<Node, 'draggable' | 'selectable' | 'focusable' | 'connectable' | 'handles'> = {
  draggable: false, selectable: false, focusable: false, connectable: false, handles: [],
};

/** The invisible link handles of a card, one source and one target at the middle of each side. */
function cardHandles(width: number, height: number): NodeHandle[] {
  const points = [['top', Position.Top, width / 2, 0], ['right', Position.Right, width, height / 2], ['bottom', Position.Bottom, width / 2, height], ['left', Position.Left, 0, height / 2]] as const;
  return points.flatMap(([name, position, x, y]) => [
    { id: `s-${name}`, type: 'source' as const, position, x, y, width: 0, height: 0 },
    { id: `t-${name}`, type: 'target' as const, position, x, y, width: 0, height: 0 },
  ]);
}

export function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

function sameNode(a: TandemFlowNode, b: TandemFlowNode): boolean {
  return a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y && a.width === b.width
    && a.height === b.height && a.selected === b.selected && shallowEqual(a.data, b.data);
}

/**
 * Where the label of a detoured link goes: on the lane boundary nearest the middle of its run, in the padding
 * between two lanes' cards, so the label covers no card; null when no boundary lies between the ends.
 */
type LabelRect = { x: number; y: number; w: number };
/** A label's rough width at 14px: enough to keep two labels apart, no text measuring. */
const labelWidth = (text: string) => text.length * 8 + 24;
const overlaps = (a: LabelRect, b: LabelRect) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) < 24;

function anchor(box: CardBox, side: LinkRoute['source']): [number, number] {
  if (side === 'top') return [box.x + box.width / 2, box.y];
  if (side === 'bottom') return [box.x + box.width / 2, box.y + box.height];
  return [side === 'left' ? box.x : box.x + box.width, box.y + box.height / 2];
}

function boundaryBetween(layout: MapLayout, a: CardBox, b: CardBox, x: number, label: string, placed: LabelRect[]): number | null {
  const top = Math.min(a.y + a.height, b.y + b.height);
  const bottom = Math.max(a.y, b.y);
  const mid = (top + bottom) / 2;
  const candidates = layout.lanes.map((l) => l.y).filter((y) => y > top && y < bottom).sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid));
  // A boundary already holding another link's label is passed over for the next one, when there is one.
  const w = labelWidth(label);
  const free = candidates.find((y) => !placed.some((r) => overlaps(r, { x, y, w }))) ?? candidates[0] ?? null;
  if (free !== null) placed.push({ x, y: free, w });
  return free;
}

/**
 * Turns the document and its layout into React Flow nodes and edges. It remembers what it returned last
 * time and hands back the very same objects for anything unchanged, so React Flow re-renders only the cards
 * an edit touched: the cost of an edit is one pass over the map, never a re-render of it.
 */
export function createFlowDeriver() {
  let prevNodes = new Map<string, TandemFlowNode>();
  let prevEdges = new Map<string, LinkFlowEdge>();

  function keep(next: TandemFlowNode, into: Map<string, TandemFlowNode>): TandemFlowNode {
    const old = prevNodes.get(next.id);
    const node = old && sameNode(old, next) ? old : next;
    into.set(node.id, node);
    return node;
  }

  function nodes(doc: TandemDoc, layout: MapLayout, selection: readonly string[]): TandemFlowNode[] {
    const out: TandemFlowNode[] = [];
    const seen = new Map<string, TandemFlowNode>();
    const selected = new Set(selection);
    const fullWidth = layout.width + LINE_LABEL_GUTTER;
    const laneById = new Map(doc.lanes.map((l) => [l.id, l]));
    const stageById = new Map(doc.stages.map((s) => [s.id, s]));
    const teamById = new Map(doc.teams.map((t) => [t.id, t]));
    const pains = new Map<string, number>();
    for (const p of doc.painPoints) pains.set(p.cardId, (pains.get(p.cardId) ?? 0) + 1);

    layout.lanes.forEach((box, i) => {
      const lane = laneById.get(box.id)!;
      out.push(keep({ id: `band:${box.id}`, type: 'laneBand', position: { x: 0, y: box.y }, width: fullWidth, height: box.height, zIndex: -3, ...fixed, data: { kind: box.kind, side: box.side, striped: i % 2 === 1 } }, seen));
      out.push(keep({ id: `lane:${box.id}`, type: 'laneHeader', position: { x: 0, y: box.y }, width: LANE_HEADER_WIDTH, height: box.height, zIndex: -1, ...fixed, data: { laneId: box.id, kind: box.kind, title: lane.title, side: box.side } }, seen));
    });
    for (const box of layout.stages) {
      const stage = stageById.get(box.id)!;
      out.push(keep({ id: `column:${box.id}`, type: 'stageColumn', position: { x: box.x, y: 0 }, width: box.width, height: layout.height, zIndex: -2, ...fixed, data: {} }, seen));
      out.push(keep({ id: `stage:${box.id}`, type: 'stageHeader', position: { x: box.x, y: 0 }, width: box.width, height: STAGE_HEADER_HEIGHT, zIndex: -1, ...fixed, data: { stageId: box.id, name: stage.name, description: stage.description } }, seen));
    }
    out.push(keep({ id: 'corner', type: 'corner', position: { x: 0, y: 0 }, width: LANE_HEADER_WIDTH, height: STAGE_HEADER_HEIGHT, zIndex: -1, ...fixed, data: {} }, seen));
    for (const line of layout.lines) {
      out.push(keep({ id: `line:${line.kind}`, type: 'blueprintLine', position: { x: 0, y: line.y }, width: fullWidth, height: 2, zIndex: -1, ...fixed, data: { kind: line.kind, label: BLUEPRINT_LINE_LABELS[line.kind], labelX: layout.width + 12 } }, seen));
    }
    for (const box of layout.lanes) {
      if (box.kind !== 'emotion') continue;
      out.push(keep({ ...emotionCurveNode(doc, layout, box), ...fixed }, seen));
    }
    out.push(keep({ id: 'add:stage', type: 'stageAdd', position: { x: layout.width, y: 0 }, width: ADD_STAGE_WIDTH, height: STAGE_HEADER_HEIGHT, zIndex: -1, ...fixed, data: {} }, seen));
    out.push(keep({ id: 'add:lane', type: 'laneAdd', position: { x: 0, y: layout.height }, width: LANE_HEADER_WIDTH, height: ADD_LANE_HEIGHT, zIndex: -1, ...fixed, data: {} }, seen));
    for (const cell of metricsCellNodes(layout)) out.push(keep({ ...cell, ...fixed }, seen));
    for (const card of doc.cards) {
      const r = layout.cards.get(card.id);
      if (!r) continue;
      const team = card.ownerTeamId ? teamById.get(card.ownerTeamId) : undefined;
      const onEmotionLane = laneById.get(card.laneId)?.kind === 'emotion';
      out.push(keep({
        id: card.id, type: 'card', position: { x: r.x, y: r.y }, width: r.width, height: r.height, selected: selected.has(card.id),
        draggable: true, selectable: true, connectable: true, handles: cardHandles(r.width, r.height),
        data: {
          cardId: card.id, title: card.title, evidence: card.evidence, teamColor: team?.color ?? null, teamName: team?.name ?? null,
          painCount: pains.get(card.id) ?? 0, emotion: onEmotionLane ? card.emotion : null, onEmotionLane,
        },
      }, seen));
    }
    prevNodes = seen;
    return out;
  }

  function edges(doc: TandemDoc, layout: MapLayout): LinkFlowEdge[] {
    const seen = new Map<string, LinkFlowEdge>();
    const out: LinkFlowEdge[] = [];
    const column = new Map<string, CardBox[]>();
    for (const box of layout.cards.values()) {
      const list = column.get(box.stageId);
      if (list) list.push(box);
      else column.set(box.stageId, [box]);
    }
    const laneById = new Map(doc.lanes.map((l) => [l.id, l]));
    // Labels of direct links sit midway between their ends; detoured labels are placed clear of them.
    const placed: LabelRect[] = [];
    const routes = new Map<string, LinkRoute>();
    for (const link of doc.links) {
      const from = layout.cards.get(link.fromId);
      const to = layout.cards.get(link.toId);
      if (!from || !to) continue;
      // Only cards of the same column can stand between the two ends of a vertical link.
      const route = linkRoute(from, to, from.stageId === to.stageId ? column.get(from.stageId) ?? [] : []);
      routes.set(link.id, route);
      if (route.detourX !== null || !link.label) continue;
      const [sx, sy] = anchor(from, route.source);
      const [tx, ty] = anchor(to, route.target);
      placed.push({ x: (sx + tx) / 2, y: (sy + ty) / 2, w: labelWidth(link.label) });
    }
    for (const link of doc.links) {
      const from = layout.cards.get(link.fromId);
      const to = layout.cards.get(link.toId);
      const route = routes.get(link.id);
      if (!from || !to || !route) continue;
      const data: LinkEdgeData = {
        kind: link.kind, label: link.label, detourX: route.detourX, labelY: route.detourX === null || !link.label ? null : boundaryBetween(layout, from, to, route.detourX, link.label, placed),
        hidden: isHiddenWork(link.kind, laneById.get(from.laneId), laneById.get(to.laneId)),
      };
      const next: LinkFlowEdge = {
        id: link.id, source: link.fromId, target: link.toId, type: 'link',
        sourceHandle: `s-${route.source}`, targetHandle: `t-${route.target}`,
        className: `link link--${link.kind}${data.hidden ? ' link--hidden-work' : ''}`, data, selectable: false, focusable: false,
        interactionWidth: 18,
      };
      const old = prevEdges.get(link.id);
      const edge = old && old.source === next.source && old.target === next.target && old.sourceHandle === next.sourceHandle
        && old.targetHandle === next.targetHandle && old.className === next.className && old.data && shallowEqual(old.data, data) ? old : next;
      seen.set(edge.id, edge);
      out.push(edge);
    }
    prevEdges = seen;
    return out;
  }

  return { nodes, edges };
}
