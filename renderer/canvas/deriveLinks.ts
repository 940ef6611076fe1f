import { linkObstacleStages, linkRoute, type CardBox, type LinkRoute, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';
import { sameList } from './flowReuse';
import type { LinkEdgeData, LinkFlowEdge } from './flowTypes';
import { isHiddenWork } from './links/linkKind';
import { linkNamer, words } from './keyboard/accessibleNames';

const SOURCE_HANDLE = { top: 's-top', right: 's-right', bottom: 's-bottom', left: 's-left' } as const;
const TARGET_HANDLE = { top: 't-top', right: 't-right', bottom: 't-bottom', left: 't-left' } as const;

type RouteEntry = { from: CardBox; to: CardBox; route: LinkRoute };

const sameBox = (a: CardBox, b: CardBox) =>
  a.id === b.id && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

type LabelRect = { x: number; y: number; w: number };
/** A label's rough width at 14px: enough to keep two labels apart, no text measuring. */
const labelWidth = (text: string) => text.length * 8 + 24;
const overlaps = (a: LabelRect, b: LabelRect) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) < 24;

function anchor(box: CardBox, side: LinkRoute['source']): [number, number] {
  if (side === 'top') return [box.x + box.width / 2, box.y];
  if (side === 'bottom') return [box.x + box.width / 2, box.y + box.height];
  return [side === 'left' ? box.x : box.x + box.width, box.y + box.height / 2];
}

/**
 * Where the label of a detoured link goes: on the lane boundary nearest the middle of its run, in the padding
 * between two lanes' cards, so the label covers no card; null when no boundary lies between the ends.
 */
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
 * Derives the link edges. Like the nodes, an unchanged link keeps its edge object, and when no link changed the
 * same list goes out again; routes are kept per column while its cards keep their boxes.
 */
export function createLinkEdges() {
  let prevEdges = new Map<string, LinkFlowEdge>();
  let prevColumns = new Map<string, CardBox[]>();
  let prevRoutes = new Map<string, RouteEntry>();
  let lastEdges: LinkFlowEdge[] = [];

  return function linkEdges(doc: TandemDoc, layout: MapLayout): LinkFlowEdge[] {
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
      // The columns whose cards can stand between the ends (its own, or those a sideways link crosses).
      const between = linkObstacleStages(layout, from, to);
      const old = prevRoutes.get(link.id);
      const reuse = old && sameBox(old.from, from) && sameBox(old.to, to) && between.every((id) => columnSame.get(id));
      const route = reuse
        ? old.route
        : linkRoute(
            from,
            to,
            between.flatMap((id) => column.get(id) ?? []),
          );
      routes.set(link.id, reuse ? old : { from, to, route });
      if (route.detourX !== null || !link.label) continue;
      const [sx, sy] = anchor(from, route.source);
      const [tx, ty] = anchor(to, route.target);
      placed.push({ x: (sx + tx) / 2, y: (sy + ty) / 2, w: labelWidth(link.label) });
    }
    // Each link is named for screen readers (React Flow would say "Edge from <id> to <id>").
    const nameOf = linkNamer(doc, words());
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
      const ariaLabel = nameOf(link);
      const same =
        old &&
        old.ariaLabel === ariaLabel &&
        d &&
        old.source === link.fromId &&
        old.target === link.toId &&
        old.sourceHandle === sourceHandle &&
        old.targetHandle === targetHandle &&
        d.kind === link.kind &&
        d.label === link.label &&
        d.detourX === route.detourX &&
        d.detourY === route.detourY &&
        d.labelY === labelY &&
        d.hidden === hidden;
      const edge: LinkFlowEdge = same
        ? old
        : {
            id: link.id,
            source: link.fromId,
            target: link.toId,
            type: 'link',
            ariaLabel,
            sourceHandle,
            targetHandle,
            className: `link link--${link.kind}${hidden ? ' link--hidden-work' : ''}`,
            selectable: false,
            focusable: false,
            interactionWidth: 18,
            data: {
              kind: link.kind,
              label: link.label,
              detourX: route.detourX,
              detourY: route.detourY,
              labelY,
              hidden,
            } satisfies LinkEdgeData,
          };
      seen.set(edge.id, edge);
      out.push(edge);
    }
    prevEdges = seen;
    prevRoutes = routes;
    if (!sameList(lastEdges, out)) lastEdges = out;
    return lastEdges;
  };
}
