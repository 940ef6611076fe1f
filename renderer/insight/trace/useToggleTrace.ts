import { useCallback } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEditorStore } from '../../store/useEditor';
import { cachedTrace } from './traceState';
import { motion } from '../../theme/motion';

const PADDING = 0.15;
/** Room kept at the top for the trace strip, so it never covers a traced card. */
const STRIP = 64;

/**
 * Starts the trace of a pain point — and frames its card and the cards behind it, which may sit far below
 * the customer's lanes — or ends it when that pain point is already traced.
 */
export function useToggleTrace(): (painPointId: string) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  const rf = useStoreApi();
  return useCallback(
    (painPointId: string) => {
      const s = store.getState();
      if (s.tracedPainPointId === painPointId) {
        s.clearTrace();
        return;
      }
      s.startTrace(painPointId);
      const trace = cachedTrace(s.doc, painPointId);
      if (trace.origin === null) return;
      // React Flow's fitView waits for nodes to be measured, which cards kept off screen never are; every card's
      // size is declared, so the bounds come from those.
      const { width, height, minZoom } = rf.getState();
      if (width === 0 || height <= STRIP) return;
      const bounds = flow.getNodesBounds([trace.origin, ...trace.cards]);
      const view = getViewportForBounds(bounds, width, height - STRIP, minZoom, 1, PADDING);
      void flow.setViewport({ ...view, y: view.y + STRIP }, { duration: motion(300) });
    },
    [store, flow, rf],
  );
}
