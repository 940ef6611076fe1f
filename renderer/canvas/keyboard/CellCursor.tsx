import { useEffect, useMemo } from 'react';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import { useEditor } from '../../store/useEditor';
import { useCanvasPort } from '../../ui/actions/canvasPort';
import { revealRect } from '../cards/revealCard';
import { layoutOf } from '../layoutOf';
import { currentCursor } from './keyboardActions';
import { cursorGrid, cursorRect } from './cursorModel';
import { useKeyboardState } from './keyboardState';
import '../../styles/keyboard.css';

/**
 * The keyboard's cell cursor, drawn over the map in its own colour and dash (never the selection's blue ring):
 * round the card it is on, or round the whole cell when that cell is empty. Shown once the keyboard has moved
 * it, and only while the canvas has the focus (styles/keyboard.css); it keeps itself in view as it moves.
 */
export function CellCursor() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const cursor = useKeyboardState((s) => s.cursor);
  const shown = useKeyboardState((s) => s.shown);
  const mode = useKeyboardState((s) => s.mode.kind);
  const flow = useReactFlow();
  const port = useCanvasPort();
  const grid = useMemo(() => cursorGrid(doc), [doc]);
  const at = currentCursor(grid, cursor, mode === 'browse' ? selection : []);
  const rect = at ? cursorRect(layoutOf(doc), grid, at) : null;
  const x = rect?.x ?? 0;
  const y = rect?.y ?? 0;
  const width = rect?.width ?? 0;
  const height = rect?.height ?? 0;

  useEffect(() => {
    const el = port.element;
    if (!shown || !el || width === 0) return;
    revealRect(flow, { x, y, width, height }, { width: el.clientWidth, height: el.clientHeight });
  }, [shown, flow, port, x, y, width, height]);

  if (!shown || !rect) return null;
  return (
    <ViewportPortal>
      <div
        className={`cell-cursor cell-cursor--${mode}${at?.index === null ? ' cell-cursor--cell' : ''}`}
        data-testid="cell-cursor"
        aria-hidden="true"
        style={{ transform: `translate(${x - 4}px, ${y - 4}px)`, width: width + 8, height: height + 8 }}
      />
    </ViewportPortal>
  );
}
