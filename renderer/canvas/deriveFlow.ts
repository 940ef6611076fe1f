import { Position, type Node, type NodeHandle } from '@xyflow/react';
import {
  LANE_HEADER_WIDTH,
  STAGE_HEADER_HEIGHT,
  linkRoute,
  type CardBox,
  type LinkRoute,
  type MapLayout,
} from '../../shared/layout';
import type { Card } from '../../shared/schema/card';
import type { TandemDoc } from '../../shared/schema/document';
import type { Team } from '../../shared/schema/team';
import { emotionCurveNode } from './emotion/emotionCurveNode';
import { metricsCellNodes } from '../insight/metrics/metricsCellNodes';
import type { LinkEdgeData, LinkFlowEdge, TandemFlowNode } from './flowTypes';
import { isHiddenWork } from './links/linkKind';
import { ADD_LANE_HEIGHT, ADD_STAGE_WIDTH } from './structure/addSizes';

const SOURCE_HANDLE = { top: 's-top', right: 's-right', bottom: 's-bottom', left: 's-left' } as const;
const TARGET_HANDLE = { top: 't-top', right: 't-right', bottom: 't-bottom', left: 't-left' } as const;

/** The id of a lane's background band: on the canvas once the lane is drawn. */
export const laneBandId = (laneId: string) => `band:${laneId}`;

/** Extra room to the right of the last stage where blueprint-line labels sit, clear of every card. */
export const LINE_LABEL_GUTTER = 240;

// `handles` declared up front: React Flow otherwise renders every node once, visible or not, just to measure
// its handles, which for 2,000 cards costs seconds on opening. Background nodes have none.
const fixed: Pick<Node, 'draggable' | 'selectable' | 'focusable' | 'connectable' | 'handles'> = {
  draggable: false,
  selectable: false,
  focusable: false,
  connectable: false,
  handles: [],
};

/** The invisible link handles of a card, one source and one target at the middle of each side. */
function cardHandles(width: number, height: number): NodeHandle[] {
  const points = [
    ['top', Position.Top, width / 2, 0],
    ['right', Position.Right, width, height / 2],
    ['bottom', Position.Bottom, width / 2, height],
    ['left', Position.Left, 0, height / 2],
  ] as const;
  return points.flatMap(([name, position, x, y]) => [
    { id: `s-${name}`, type: 'source' as const, position, x, y, width: 0, height: 0 },
    { id: `t-${name}`, type: 'target' as const, position, x, y, width: 0, height: 0 },
  ]);
}

/** What a card node is made from; when none of it changed, the card keeps its node object. */
type CardInputs = {
  card: Card;
  team: Team | undefined;
  painCount: number;
  onEmotionLane: boolean;
  rect: CardBox;
  selected: boolean;
};
type CardEntry = CardInputs & { node: TandemFlowNode };
type RouteEntry = { from: CardBox; to: CardBox; route: LinkRoute };

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameBox = (a: CardBox, b: CardBox) =>
  a.id === b.id && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

function sameInputs(
  a: CardInputs,
  card: Card,
  team: Team | undefined,
  painCount: number,
  onEmotionLane: boolean,
  rect: CardBox,
  selected: boolean,
): boolean {
  return (
    a.card === card &&
    a.team === team &&
    a.painCount === painCount &&
    a.onEmotionLane === onEmotionLane &&
    a.selected === selected &&
    a.rect.x === rect.x &&
    a.rect.y === rect.y &&
    a.rect.width === rect.width &&
    a.rect.height === rect.height
  );
}

export function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/** Equal values, or lists of equal flat records (an emotion curve's points). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x !== null &&
      typeof x === 'object' &&
      shallowEqual(x as Record<string, unknown>, b[i] as Record<string, unknown>),
  );
}

function sameNode(a: TandemFlowNode, b: TandemFlowNode): boolean {
  if (
    a.type !== b.type ||
    a.position.x !== b.position.x ||
    a.position.y !== b.position.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.selected !== b.selected
  )
    return false;
  const ka = Object.keys(a.data);
  return (
    ka.length === Object.keys(b.data).length &&
    ka.every((k) => sameValue((a.data as Record<string, unknown>)[k], (b.data as Record<string, unknown>)[k]))
  );
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

function boundaryBetween(
  layout: MapLayout,
  a: CardBox,
  b: CardBox,
  x: number,
  label: string,
  placed: LabelRect[],
): number | null {
  const top = Math.min(a.y + a.height, b.y + b.height);
  const bottom = Math.max(a.y, b.y);
  const mid = (top + bottom) / 2;
  const candidates = layout.lanes
    .map((l) => l.y)
    .filter((y) => y > top && y < bottom)
    .sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid));
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
  let prevCards = new Map<string, CardEntry>();
  let prevColumns = new Map<string, CardBox[]>();
  // The lists handed out last: when every element is the same, the same list goes out again and React Flow has
  // nothing to adopt (a new list costs it a pass over every node or every link, and a re-render).
  let lastNodes: TandemFlowNode[] = [];
  let lastEdges: LinkFlowEdge[] = [];
  let prevRoutes = new Map<string, RouteEntry>();
  // Cards of one cell share a size, so they share one handle list.
  const handlesBySize = new Map<string, NodeHandle[]>();
  const handlesFor = (width: number, height: number) => {
    const key = `${width}x${height}`;
    let handles = handlesBySize.get(key);
    if (!handles) handlesBySize.set(key, (handles = cardHandles(width, height)));
    return handles;
  };

  function keep(next: TandemFlowNode, into: Map<string, TandemFlowNode>): TandemFlowNode {
    const old = prevNodes.get(next.id);
    // Every size comes from the layout, so it is declared as `measured` too: React Flow then never reports a size
    // back (a change that would replace these objects and rebuild every node it touched). See card.css for why a
    // card's own box is never measured either.
    const node = old && sameNode(old, next) ? old : { ...next, measured: { width: next.width, height: next.height } };
    into.set(node.id, node);
    return node;
  }

  function cardNode({ card, rect: r, team, painCount, onEmotionLane, selected }: CardInputs): TandemFlowNode {
    return {
      id: card.id,
      type: 'card',
      position: { x: r.x, y: r.y },
      width: r.width,
      height: r.height,
      selected,
      draggable: true,
      selectable: true,
      connectable: true,
      handles: handlesFor(r.width, r.height),
      data: {
        cardId: card.id,
        title: card.title,
        evidence: card.evidence,
        teamColor: team?.color ?? null,
        teamName: team?.name ?? null,
        painCount,
        emotion: onEmotionLane ? card.emotion : null,
        onEmotionLane,
      },
    };
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
      out.push(
        keep(
          {
            id: laneBandId(box.id),
            type: 'laneBand',
            position: { x: 0, y: box.y },
            width: fullWidth,
            height: box.height,
            zIndex: -3,
            ...fixed,
            data: { kind: box.kind, side: box.side, striped: i % 2 === 1 },
          },
          seen,
        ),
      );
      out.push(
        keep(
          {
            id: `lane:${box.id}`,
            type: 'laneHeader',
            position: { x: 0, y: box.y },
            width: LANE_HEADER_WIDTH,
            height: box.height,
            zIndex: -1,
            ...fixed,
            data: { laneId: box.id, kind: box.kind, title: lane.title, side: box.side },
          },
          seen,
        ),
      );
    });
    for (const box of layout.stages) {
      const stage = stageById.get(box.id)!;
      out.push(
        keep(
          {
            id: `column:${box.id}`,
            type: 'stageColumn',
            position: { x: box.x, y: 0 },
            width: box.width,
            height: layout.height,
            zIndex: -2,
            ...fixed,
            data: {},
          },
          seen,
        ),
      );
      out.push(
        keep(
          {
            id: `stage:${box.id}`,
            type: 'stageHeader',
            position: { x: box.x, y: 0 },
            width: box.width,
            height: STAGE_HEADER_HEIGHT,
            zIndex: -1,
            ...fixed,
            data: { stageId: box.id, name: stage.name, description: stage.description },
          },
          seen,
        ),
      );
    }
    out.push(
      keep(
        {
          id: 'corner',
          type: 'corner',
          position: { x: 0, y: 0 },
          width: LANE_HEADER_WIDTH,
          height: STAGE_HEADER_HEIGHT,
          zIndex: -1,
          ...fixed,
          data: {},
        },
        seen,
      ),
    );
    for (const line of layout.lines) {
      out.push(
        keep(
          {
            id: `line:${line.kind}`,
            type: 'blueprintLine',
            position: { x: 0, y: line.y },
            width: fullWidth,
            height: 2,
            zIndex: -1,
            ...fixed,
            data: { kind: line.kind, label: line.label, labelX: layout.width + 12 },
          },
          seen,
        ),
      );
    }
    for (const box of layout.lanes) {
      if (box.kind !== 'emotion') continue;
      out.push(keep({ ...emotionCurveNode(doc, layout, box), ...fixed }, seen));
    }
    out.push(
      keep(
        {
          id: 'add:stage',
          type: 'stageAdd',
          position: { x: layout.width, y: 0 },
          width: ADD_STAGE_WIDTH,
          height: STAGE_HEADER_HEIGHT,
          zIndex: -1,
          ...fixed,
          data: {},
        },
        seen,
      ),
    );
    out.push(
      keep(
        {
          id: 'add:lane',
          type: 'laneAdd',
          position: { x: 0, y: layout.height },
          width: LANE_HEADER_WIDTH,
          height: ADD_LANE_HEIGHT,
          zIndex: -1,
          ...fixed,
          data: {},
        },
        seen,
      ),
    );
    for (const cell of metricsCellNodes(layout)) out.push(keep({ ...cell, ...fixed }, seen));
    // Most of a 2,000-card map is unchanged by any one edit: a card whose inputs are the same keeps its node without
    // building a new one to compare (a drop re-derives every card, and it must fit in a frame).
    // Allocation-free for an unchanged card: on a large map the garbage of a full pass costs more than the pass.
    const cards = new Map<string, CardEntry>();
    for (const card of doc.cards) {
      const rect = layout.cards.get(card.id);
      if (!rect) continue;
      const team = card.ownerTeamId ? teamById.get(card.ownerTeamId) : undefined;
      const painCount = pains.get(card.id) ?? 0;
      const onEmotionLane = laneById.get(card.laneId)?.kind === 'emotion';
      const isSelected = selected.has(card.id);
      let entry = prevCards.get(card.id);
      if (!entry || !sameInputs(entry, card, team, painCount, onEmotionLane, rect, isSelected)) {
        entry = {
          card,
          team,
          painCount,
          onEmotionLane,
          rect,
          selected: isSelected,
          node: null as unknown as TandemFlowNode,
        };
        entry.node = keep(cardNode(entry), seen);
      }
      seen.set(card.id, entry.node);
      cards.set(card.id, entry);
      out.push(entry.node);
    }
    prevCards = cards;
    prevNodes = seen;
    return (lastNodes = sameList(lastNodes, out) ? lastNodes : out);
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
    // A column whose cards all kept their boxes keeps the routes of the links inside it (routing a link scans the
    // whole column for cards in its way, the dearest part of a pass).
    const columnSame = new Map<string, boolean>();
    for (const [stageId, boxes] of column) {
      const before = prevColumns.get(stageId);
      columnSame.set(
        stageId,
        !!before && before.length === boxes.length && boxes.every((b, i) => sameBox(b, before[i]!)),
      );
    }
    prevColumns = column;
    const laneById = new Map(doc.lanes.map((l) => [l.id, l]));
    // Labels of direct links sit midway between their ends; detoured labels are placed clear of them.
    const placed: LabelRect[] = [];
    const routes = new Map<string, RouteEntry>();
    for (const link of doc.links) {
      const from = layout.cards.get(link.fromId);
      const to = layout.cards.get(link.toId);
      if (!from || !to) continue;
      const inColumn = from.stageId === to.stageId;
      const old = prevRoutes.get(link.id);
      const reuse =
        old && sameBox(old.from, from) && sameBox(old.to, to) && (!inColumn || columnSame.get(from.stageId));
      // Only cards of the same column can stand between the two ends of a vertical link.
      const route = reuse ? old.route : linkRoute(from, to, inColumn ? (column.get(from.stageId) ?? []) : []);
      routes.set(link.id, reuse ? old : { from, to, route });
      if (route.detourX !== null || !link.label) continue;
      const [sx, sy] = anchor(from, route.source);
      const [tx, ty] = anchor(to, route.target);
      placed.push({ x: (sx + tx) / 2, y: (sy + ty) / 2, w: labelWidth(link.label) });
    }
    for (const link of doc.links) {
      const from = layout.cards.get(link.fromId);
      const to = layout.cards.get(link.toId);
      const route = routes.get(link.id)?.route;
      if (!from || !to || !route) continue;
      const labelY =
        route.detourX === null || !link.label
          ? null
          : boundaryBetween(layout, from, to, route.detourX, link.label, placed);
      const hidden = isHiddenWork(link.kind, laneById.get(from.laneId), laneById.get(to.laneId));
      const sourceHandle = SOURCE_HANDLE[route.source];
      const targetHandle = TARGET_HANDLE[route.target];
      // Compared field by field before anything is built: most links are unchanged by any one edit.
      const old = prevEdges.get(link.id);
      const d = old?.data;
      const same =
        old &&
        d &&
        old.source === link.fromId &&
        old.target === link.toId &&
        old.sourceHandle === sourceHandle &&
        old.targetHandle === targetHandle &&
        d.kind === link.kind &&
        d.label === link.label &&
        d.detourX === route.detourX &&
        d.labelY === labelY &&
        d.hidden === hidden;
      const edge: LinkFlowEdge = same
        ? old
        : {
            id: link.id,
            source: link.fromId,
            target: link.toId,
            type: 'link',
            sourceHandle,
            targetHandle,
            className: `link link--${link.kind}${hidden ? ' link--hidden-work' : ''}`,
            selectable: false,
            focusable: false,
            interactionWidth: 18,
            data: { kind: link.kind, label: link.label, detourX: route.detourX, labelY, hidden } satisfies LinkEdgeData,
          };
      seen.set(edge.id, edge);
      out.push(edge);
    }
    prevEdges = seen;
    prevRoutes = routes;
    return (lastEdges = sameList(lastEdges, out) ? lastEdges : out);
  }

  return { nodes, edges };
}
