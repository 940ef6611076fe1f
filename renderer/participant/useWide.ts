import { useEffect, useState } from 'react';

/** Narrower than this, a phone shows the stage-by-stage list; from this width on, the live map as a canvas. */
export const CANVAS_MIN_WIDTH = 400;

/** Whether the page is wide enough for the canvas, following the window as it is resized or turned. */
export function useWide(): boolean {
  const query = `(min-width: ${CANVAS_MIN_WIDTH}px)`;
  const [wide, setWide] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const change = () => setWide(list.matches);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, [query]);
  return wide;
}
