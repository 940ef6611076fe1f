import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { ViewportPortal, useStoreApi } from '@xyflow/react';
import { computeLayout } from '../../../shared/layout';
import { useEditorStore } from '../../store/useEditor';
import { sayIn, useT } from '../../i18n';
import { dropIndex, moveToIndexCommand, type Axis } from './structureCommands';

/** A header's box on the canvas, in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pointer travel (screen pixels) before a press on a header becomes a drag, so clicks and double-clicks stay clicks. */
const THRESHOLD = 5;
/** Stage width and lane height limits, as the schema has them. */
export const SIZE_LIMITS: Record<Axis, [number, number]> = { stage: [160, 2000], lane: [60, 1200] };

interface Span {
  start: number;
  size: number;
}
interface DragState {
  pointer: number;
  startClient: number;
  zoom: number;
  moved: boolean;
  others: Span[];
  extent: number;
}

const along = (axis: Axis, e: { clientX: number; clientY: number }) => (axis === 'stage' ? e.clientX : e.clientY);

/** Escape ends a drag without changing anything. */
function useEscape(active: boolean, cancel: () => void) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      cancel();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, cancel]);
}

/**
 * Reordering by dragging a header along its axis. While dragging, a ghost follows the pointer and a bar shows
 * where the stage or lane will land; the drop is one `stage/move` or `lane/move`.
 */
export function useReorderDrag(axis: Axis, id: string, box: Box) {
  const store = useEditorStore();
  const flow = useStoreApi();
  const drag = useRef<DragState | null>(null);
  const [delta, setDelta] = useState<number | null>(null);
  const cancel = () => {
    drag.current = null;
    setDelta(null);
  };
  useEscape(delta !== null, cancel);
  const start = axis === 'stage' ? box.x : box.y;
  const size = axis === 'stage' ? box.width : box.height;

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button, input, .structure-resize')) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = {
      pointer: e.pointerId,
      startClient: along(axis, e),
      zoom: flow.getState().transform[2],
      moved: false,
      others: [],
      extent: 0,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const px = along(axis, e) - d.startClient;
    if (!d.moved) {
      if (Math.abs(px) < THRESHOLD) return;
      // The others' boxes are taken once, when the drag starts: the map does not change under a drag.
      const layout = computeLayout(store.getState().doc);
      d.others =
        axis === 'stage'
          ? layout.stages.filter((s) => s.id !== id).map((s) => ({ start: s.x, size: s.width }))
          : layout.lanes.filter((l) => l.id !== id).map((l) => ({ start: l.y, size: l.height }));
      d.extent = axis === 'stage' ? layout.height : layout.width;
      d.moved = true;
    }
    setDelta(px / d.zoom);
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    setDelta(null);
    if (!d.moved) return;
    const index = dropIndex(d.others, start + size / 2 + (along(axis, e) - d.startClient) / d.zoom);
    const cmd = moveToIndexCommand(store.getState().doc, axis, id, index);
    if (cmd) store.getState().dispatch(cmd, sayIn('canvas')(`undo.${axis}.move`));
  };

  let preview: ReactNode = null;
  const d = drag.current;
  if (delta !== null && d) {
    const index = dropIndex(d.others, start + size / 2 + delta);
    const before = d.others[index - 1];
    const bar = index === 0 ? (d.others[0]?.start ?? start) : before ? before.start + before.size : start;
    const ghost =
      axis === 'stage'
        ? { left: box.x + delta, top: box.y, width: box.width, height: box.height }
        : { left: box.x, top: box.y + delta, width: box.width, height: box.height };
    const line =
      axis === 'stage'
        ? { left: bar - 3, top: 0, width: 6, height: d.extent }
        : { left: 0, top: bar - 3, width: d.extent, height: 6 };
    preview = (
      <ViewportPortal>
        <div className="structure-drop-bar" style={line} />
        <div className="structure-ghost" style={ghost} />
      </ViewportPortal>
    );
  }
  return {
    dragging: delta !== null,
    preview,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel },
  };
}

/**
 * Resizing by dragging a header's far edge (a stage's right edge, a lane's bottom edge). A guide shows the new
 * edge and size; the drop is one `stage/update` or `lane/update`, within the schema's limits.
 */
export function useResizeDrag(axis: Axis, id: string, box: Box) {
  const store = useEditorStore();
  const t = useT('canvas');
  const flow = useStoreApi();
  const drag = useRef<DragState | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const cancel = () => {
    drag.current = null;
    setNext(null);
  };
  useEscape(next !== null, cancel);
  const size = axis === 'stage' ? box.width : box.height;
  const [min, max] = SIZE_LIMITS[axis];
  const sizeFor = (e: PointerEvent<HTMLElement>, d: DragState) =>
    Math.round(Math.max(min, Math.min(max, size + (along(axis, e) - d.startClient) / d.zoom)));

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    const layout = computeLayout(store.getState().doc);
    drag.current = {
      pointer: e.pointerId,
      startClient: along(axis, e),
      zoom: flow.getState().transform[2],
      moved: true,
      others: [],
      extent: axis === 'stage' ? layout.height : layout.width,
    };
    setNext(size);
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (d && d.pointer === e.pointerId) setNext(sizeFor(e, d));
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const value = sizeFor(e, d);
    cancel();
    if (value === size) return;
    if (axis === 'stage')
      store.getState().dispatch({ type: 'stage/update', id, patch: { width: value } }, t('undo.stage.resize'));
    else store.getState().dispatch({ type: 'lane/update', id, patch: { height: value } }, t('undo.lane.resize'));
  };

  let preview: ReactNode = null;
  const d = drag.current;
  if (next !== null && d) {
    const line =
      axis === 'stage'
        ? { left: box.x + next - 2, top: 0, width: 4, height: d.extent }
        : { left: 0, top: box.y + next - 2, width: d.extent, height: 4 };
    const tag =
      axis === 'stage'
        ? { left: box.x + next + 8, top: box.y + box.height + 8 }
        : { left: box.x + 8, top: box.y + next + 8 };
    preview = (
      <ViewportPortal>
        <div className="structure-resize-guide" style={line} />
        <div className="structure-resize-tag" style={tag}>
          {t(`header.${axis}.size`, { size: next })}
        </div>
      </ViewportPortal>
    );
  }
  return { preview, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel } };
}
