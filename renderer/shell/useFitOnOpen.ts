import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { FIT_LIMIT } from '../canvas/Canvas';
import { laneBandId } from '../canvas/deriveFlow';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useViewControls } from '../canvas/useViewControls';

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
    // Fit once React Flow has the new map's lanes (a frame or more after the map arrives), waiting up to about
    // two seconds: fitting earlier would fit the map that was open before.
    const { doc } = store.getState();
    let frame = 0;
    const fit = (tries: number) => {
      const drawn = doc.lanes.every((lane) => flow.getNode(laneBandId(lane.id)));
      if (!drawn && tries > 0) {
        frame = requestAnimationFrame(() => fit(tries - 1));
        return;
      }
      if (doc.cards.length <= FIT_LIMIT) view.fitNow();
      else void flow.setViewport({ x: 0, y: 0, zoom: 0.8 });
    };
    frame = requestAnimationFrame(() => fit(120));
    return () => cancelAnimationFrame(frame);
  }, [path, flow, store, view]);
}
