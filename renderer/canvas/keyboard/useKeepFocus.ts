import { useEffect, type RefObject } from 'react';
import { useEditorStore } from '../../store/useEditor';

/**
 * Focus is never lost on the canvas: when an edit (a delete, an undo, a redo) takes away the element that had the
 * focus, the browser hands it to the page itself, where the screen reader loses its place. Then the canvas takes
 * it back, and the cell cursor — moved to the nearest remaining card or cell — says where the user is.
 */
export function useKeepFocus(canvas: RefObject<HTMLElement | null>): void {
  const store = useEditorStore();
  useEffect(() => {
    let frame = 0;
    const unsubscribe = store.subscribe((s, before) => {
      if (s.doc === before.doc && s.editing === before.editing) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const active = document.activeElement;
        if (store.getState().dialog || (active && active !== document.body)) return;
        canvas.current?.focus({ preventScroll: true });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [store, canvas]);
}
