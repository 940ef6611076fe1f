import { memo } from 'react';
import { MiniMap, useStore, type Node } from '@xyflow/react';
import type { TandemFlowNode } from '../canvas/flowTypes';

// Lane bands carry the side: warm for the customer, blue for the organisation, grey for the rest. Cards are
// dark so they stand out on either; headers, columns and lines would only add noise at this size.
const SIDE_COLOURS = { customer: '#f6c77d', organisation: '#9dbbe6', neutral: '#d4d8de' } as const;

function nodeColour(node: Node): string {
  const n = node as TandemFlowNode;
  if (n.type === 'laneBand') return SIDE_COLOURS[n.data.side];
  if (n.type === 'card') return '#334155';
  return 'transparent';
}

/**
 * The minimap's width for a canvas: React Flow's 200 px on a roomy canvas, down to 120 px on a small one, so on a
 * 1280 × 720 projector with the register open it does not cover a quarter of what is left of the map.
 */
export function miniMapWidth(canvasWidth: number, canvasHeight: number): number {
  return Math.round(Math.max(120, Math.min(200, canvasWidth * 0.16, canvasHeight * 0.3)));
}

/** The overview map in the canvas corner: lanes coloured by side, cards, and the visible part framed. Drag or scroll it to move. */
export const MapMiniMap = memo(function MapMiniMap() {
  const width = useStore((s) => miniMapWidth(s.width, s.height));
  return (
    <MiniMap
      className="map-minimap"
      style={{ width, height: Math.round(width * 0.75) }}
      position="bottom-right"
      nodeColor={nodeColour}
      nodeStrokeWidth={0}
      nodeBorderRadius={2}
      bgColor="#ffffff"
      maskColor="rgba(15, 23, 42, 0.18)"
      maskStrokeColor="#1d4ed8"
      maskStrokeWidth={2}
      pannable
      zoomable
      ariaLabel="Overview of the whole map"
    />
  );
});
