import { createContext, useContext } from 'react';
import type { CanvasPort } from './action';

/** An empty port: no canvas on screen. */
export function createCanvasPort(): CanvasPort {
  return { element: null, layout: () => null, reveal: null, view: null };
}

// A window has one canvas; the shell gives each editor its own port, and tests that render a bare canvas
// share this default one with the keyboard dispatcher they mount beside it.
const defaultPort = createCanvasPort();

export const CanvasPortContext = createContext<CanvasPort>(defaultPort);

/** The port the canvas fills in and the actions read. */
export function useCanvasPort(): CanvasPort {
  return useContext(CanvasPortContext);
}
