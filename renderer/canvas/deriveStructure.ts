import type { Node } from '@xyflow/react';
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';
import type { Lane } from '../../shared/schema/lane';
import { emotionCurveNode } from './emotion/emotionCurveNode';
import { metricsCellNodes } from '../insight/metrics/metricsCellNodes';
import type { NodeCache } from './flowReuse';
import type { TandemFlowNode } from './flowTypes';
import { ADD_LANE_HEIGHT, ADD_STAGE_WIDTH } from './structure/addSizes';

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

/**
 * Adds to `out` the nodes the cards sit on, back to front: lane bands and headers, stage columns and headers, the
 * corner, blueprint lines, emotion curves, the add-lane and add-stage buttons and the metrics cells.
 */
export function structureNodes(
  doc: TandemDoc,
  layout: MapLayout,
  laneById: ReadonlyMap<string, Lane>,
  cache: NodeCache,
  out: TandemFlowNode[],
): void {
  const fullWidth = layout.width + LINE_LABEL_GUTTER;
  const stageById = new Map(doc.stages.map((s) => [s.id, s]));

  layout.lanes.forEach((box, i) => {
    const lane = laneById.get(box.id)!;
    out.push(
      cache.keep({
        id: laneBandId(box.id),
        type: 'laneBand',
        position: { x: 0, y: box.y },
        width: fullWidth,
        height: box.height,
        zIndex: -3,
        ...fixed,
        data: { kind: box.kind, side: box.side, striped: i % 2 === 1 },
      }),
    );
    out.push(
      cache.keep({
        id: `lane:${box.id}`,
        type: 'laneHeader',
        position: { x: 0, y: box.y },
        width: LANE_HEADER_WIDTH,
        height: box.height,
        zIndex: -1,
        ...fixed,
        data: { laneId: box.id, kind: box.kind, title: lane.title, side: box.side },
      }),
    );
  });
  for (const box of layout.stages) {
    const stage = stageById.get(box.id)!;
    out.push(
      cache.keep({
        id: `column:${box.id}`,
        type: 'stageColumn',
        position: { x: box.x, y: 0 },
        width: box.width,
        height: layout.height,
        zIndex: -2,
        ...fixed,
        data: {},
      }),
    );
    out.push(
      cache.keep({
        id: `stage:${box.id}`,
        type: 'stageHeader',
        position: { x: box.x, y: 0 },
        width: box.width,
        height: STAGE_HEADER_HEIGHT,
        zIndex: -1,
        ...fixed,
        data: { stageId: box.id, name: stage.name, description: stage.description },
      }),
    );
  }
  out.push(
    cache.keep({
      id: 'corner',
      type: 'corner',
      position: { x: 0, y: 0 },
      width: LANE_HEADER_WIDTH,
      height: STAGE_HEADER_HEIGHT,
      zIndex: -1,
      ...fixed,
      data: {},
    }),
  );
  for (const line of layout.lines) {
    out.push(
      cache.keep({
        id: `line:${line.kind}`,
        type: 'blueprintLine',
        position: { x: 0, y: line.y },
        width: fullWidth,
        height: 2,
        zIndex: -1,
        ...fixed,
        data: { kind: line.kind, label: line.label, labelX: layout.width + 12 },
      }),
    );
  }
  for (const box of layout.lanes) {
    if (box.kind !== 'emotion') continue;
    out.push(cache.keep({ ...emotionCurveNode(doc, layout, box), ...fixed }));
  }
  out.push(
    cache.keep({
      id: 'add:stage',
      type: 'stageAdd',
      position: { x: layout.width, y: 0 },
      width: ADD_STAGE_WIDTH,
      height: STAGE_HEADER_HEIGHT,
      zIndex: -1,
      ...fixed,
      data: {},
    }),
  );
  out.push(
    cache.keep({
      id: 'add:lane',
      type: 'laneAdd',
      position: { x: 0, y: layout.height },
      width: LANE_HEADER_WIDTH,
      height: ADD_LANE_HEIGHT,
      zIndex: -1,
      ...fixed,
      data: {},
    }),
  );
  for (const cell of metricsCellNodes(layout)) out.push(cache.keep({ ...cell, ...fixed }));
}
