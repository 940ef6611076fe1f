import { useCallback, useRef, useState } from 'react';

/** Where the participant's canvas looks: offset in screen pixels and zoom. */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2.5;

const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** The view zoomed by `factor` about a screen point, which stays where it is under the finger or pointer. */
export function zoomAbout(v: View, factor: number, cx: number, cy: number): View {
  const k = clampZoom(v.k * factor);
  const r = k / v.k;
  return { k, x: cx - (cx - v.x) * r, y: cy - (cy - v.y) * r };
}

/** The view that shows a map of this size whole in a box of this size (never zoomed in past 1). */
export function fitView(mapW: number, mapH: number, boxW: number, boxH: number): View {
  const k = clampZoom(Math.min(1, boxW / mapW, boxH / mapH));
  return { k, x: 0, y: 0 };
}

/**
 * Pan and zoom of the participant's canvas by pointer: one pointer drags the map, two pinch it. Returns the view,
 * a setter, and the pointer handlers for the viewport element.
 */
export function useView(initial: View) {
  const [view, setView] = useState(initial);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<number | null>(null);

  const onPointerDown = useCallback((e: React.PointerEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('button, select, input, textarea')) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    pinch.current = null;
  }, []);

  const onPointerMove = useCallback((e: React.PointerEvent<HTMLElement>) => {
    const before = pointers.current.get(e.pointerId);
    if (!before) return;
    const now = { x: e.clientX, y: e.clientY };
    pointers.current.set(e.pointerId, now);
    const all = [...pointers.current.values()];
    if (all.length === 1) {
      setView((v) => ({ ...v, x: v.x + now.x - before.x, y: v.y + now.y - before.y }));
      return;
    }
    const [a, b] = all as [{ x: number; y: number }, { x: number; y: number }];
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    const rect = e.currentTarget.getBoundingClientRect();
    if (pinch.current !== null && pinch.current > 0) {
      const factor = distance / pinch.current;
      setView((v) => zoomAbout(v, factor, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top));
    }
    pinch.current = distance;
  }, []);

  const onPointerUp = useCallback((e: React.PointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
    pinch.current = null;
  }, []);

  return { view, setView, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp } };
}
