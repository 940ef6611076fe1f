import type { ReactFlowProps } from '@xyflow/react';

// Spread into the canvas's <ReactFlow>: the shell owns how the view moves, the canvas owns what is on it.
const NAVIGATION = {
  // Two-finger swipes and the wheel pan (Shift+wheel sideways); pinch and Ctrl/Cmd+wheel zoom at the pointer.
  panOnScroll: true,
  zoomOnPinch: true,
  // Hold Space and drag anywhere, cards included, to pan.
  panActivationKeyCode: ' ',
} satisfies Partial<ReactFlowProps>;

/** React Flow props for panning and zooming the map (a constant object, so React Flow sees no change). */
export function useNavigationProps(): typeof NAVIGATION {
  return NAVIGATION;
}
