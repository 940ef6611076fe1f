import { useEffect, type RefObject } from 'react';
import type { MapLayout } from '../../shared/layout';
import { useCanvasPort } from '../ui/actions/canvasPort';
import { useViewControls } from './useViewControls';

/** Lends the canvas's element, layout, reveal and zoom controls to the actions while the canvas is on screen. */
export function usePublishCanvas(
  element: RefObject<HTMLElement | null>,
  layout: RefObject<MapLayout>,
  reveal: (cardId: string) => void,
): void {
  const port = useCanvasPort();
  const view = useViewControls();
  useEffect(() => {
    port.element = element.current;
    port.layout = () => layout.current;
    port.reveal = reveal;
    port.view = view;
    return () => {
      port.layout = () => null;
      port.element = null;
      port.reveal = null;
      port.view = null;
    };
  }, [port, element, layout, reveal, view]);
}
