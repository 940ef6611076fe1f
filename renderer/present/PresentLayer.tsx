import { useEffect, useRef, type ReactNode } from 'react';
import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useCanvasPort } from '../ui/actions/canvasPort';
import { FocusView } from './FocusView';
import { Presentation } from './Presentation';
import { layoutOfDoc } from './layoutOfDoc';
import { presentSteps, stepRect } from './steps';

/**
 * What presentation mode puts over the canvas: the presentation while it runs, the focus view while it is open
 * (in a presentation or not). When a presentation ends, the card the audience last saw (selected by then) is
 * centred once the editing chrome is back, or the last step's middle when it had no card.
 */
/**
 * Presentation mode and the focus view over the canvas. `timer` is the facilitator's countdown, which the shell
 * hands in (it belongs to the workshop's floor): the room sees it while the map is presented too.
 */
export function PresentLayer({ client, timer }: { client: TandemClient | null; timer?: ReactNode }) {
  const store = useEditorStore();
  const port = useCanvasPort();
  const presenting = useEditor((s) => s.presenting);
  const focusStage = useEditor((s) => s.focusStage);
  const lastStep = useRef<number | null>(null);

  useEffect(() => {
    if (presenting) {
      lastStep.current = presenting.step;
      return;
    }
    const step = lastStep.current;
    if (step === null) return;
    lastStep.current = null;
    // A frame later the toolbar and the side panel are back and the canvas has its editing size.
    const frame = requestAnimationFrame(() => {
      const { doc, selection } = store.getState();
      const layout = layoutOfDoc(doc);
      const el = port.element;
      const view = port.view;
      if (!el || !view) return;
      const card = selection[0] ? layout.cards.get(selection[0]) : undefined;
      const presented = presentSteps(doc)[step];
      const rect = card ?? (presented ? stepRect(layout, presented) : null);
      if (!rect) return;
      const { zoom } = view.viewport();
      const middle = { x: rect.x + rect.width / 2, y: rect.y + Math.min(rect.height, el.clientHeight / zoom) / 2 };
      view.show({ x: el.clientWidth / 2 - middle.x * zoom, y: el.clientHeight / 2 - middle.y * zoom, zoom });
    });
    return () => cancelAnimationFrame(frame);
  }, [presenting, store, port]);

  return (
    <>
      {presenting && <Presentation client={client} step={presenting.step} />}
      {presenting && timer && <div className="present-timer">{timer}</div>}
      {focusStage !== null && <FocusView stageId={focusStage} />}
    </>
  );
}
