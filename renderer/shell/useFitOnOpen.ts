import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { FIT_LIMIT } from '../canvas/Canvas';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useViewControls } from './useViewControls';

/**
 * When another map opens in this window, shows it the way the canvas shows a map on first opening: fitted,
 * or at the top left for big maps (fitting 2,000 cards makes them unreadable). The canvas handles the first.
 */
export function useFitOnOpen(): void {
  const store = useEditorStore();
  const flow = useReactFlow();
  const view = useViewControls();
  const path = useEditor((s) => s.path);
  const first = useRef(path);
  useEffect(() => {
    if (path === first.current) return;
    first.current = path;
    // Wait a frame so React Flow has the new map's nodes before fitting to them.
    const frame = requestAnimationFrame(() => {
      if (store.getState().doc.cards.length <= FIT_LIMIT) view.fitNow();
      else void flow.setViewport({ x: 0, y: 0, zoom: 0.8 });
    });
    return () => cancelAnimationFrame(frame);
  }, [path, flow, store, view]);
}
