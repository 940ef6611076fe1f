import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';

const ZOOM = { duration: 150 };
/** Same padding as the canvas uses when it fits a map on opening. */
const FIT = { duration: 200, padding: 0.04 };

/** Zoom in, zoom out and fit, shared by the toolbar, the keyboard and the host's View menu. */
export function useViewControls() {
  const flow = useReactFlow();
  return useMemo(
    () => ({
      zoomIn: () => void flow.zoomIn(ZOOM),
      zoomOut: () => void flow.zoomOut(ZOOM),
      fit: () => void flow.fitView(FIT),
    }),
    [flow],
  );
}
