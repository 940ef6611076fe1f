import { useMemo, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { motion } from '../theme/motion';

const DURATION = 150;
const STEP = 1.2;
/** As the canvas fits a map on opening: a little padding, never bigger than life. */
const FIT_PADDING = 0.04;
const FIT_MAX_ZOOM = 1;

/** Zoom in, zoom out and fit, shared by the toolbar, the keyboard and the host's View menu. */
export function useViewControls() {
  const flow = useReactFlow();
  const rf = useStoreApi();
  // Each zoom animates for a moment; a second press during it must step from where the first is heading,
  // not from where the animation happens to be, or pressing Ctrl+- twice quickly zooms out only once.
  const pending = useRef<{ zoom: number; until: number } | null>(null);
  return useMemo(() => {
    const zoomBy = (factor: number) => {
      const now = performance.now();
      const from = pending.current && pending.current.until > now ? pending.current.zoom : flow.getZoom();
      const zoom = from * factor;
      const duration = motion(DURATION);
      pending.current = { zoom, until: now + duration };
      void flow.zoomTo(zoom, { duration });
    };
    // React Flow's own fitView waits until every node has been measured, which never happens for nodes that
    // onlyRenderVisibleElements keeps off screen; every node here has its size declared, so fit to those.
    const fit = (duration = 200) => {
      pending.current = null;
      const nodes = flow.getNodes();
      if (nodes.length === 0) return;
      const { width, height, minZoom } = rf.getState();
      const viewport = getViewportForBounds(
        flow.getNodesBounds(nodes),
        width,
        height,
        minZoom,
        FIT_MAX_ZOOM,
        FIT_PADDING,
      );
      void flow.setViewport(viewport, { duration: motion(duration) });
    };
    const show = (viewport: { x: number; y: number; zoom: number }) => {
      pending.current = null;
      // Linear, not d3's smooth "fly" (which zooms out on the way): presenting, the text never dips under the floor.
      void flow.setViewport(viewport, { duration: motion(250), interpolate: 'linear' });
    };
    return {
      zoomIn: () => zoomBy(STEP),
      zoomOut: () => zoomBy(1 / STEP),
      fit: () => fit(),
      fitNow: () => fit(0),
      viewport: () => flow.getViewport(),
      show,
    };
  }, [flow, rf]);
}
