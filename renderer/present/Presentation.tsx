import '../styles/present.css';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from '@xyflow/react';
import type { TandemClient } from '../api/client';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useCanvasPort } from '../ui/actions/canvasPort';
import { leavePresentation } from './leave';
import { readingViewport } from './readingZoom';
import { Spotlight } from './Spotlight';
import { StepIndicator } from './StepIndicator';
import { clampStep, presentSteps, stepPosition, stepRect, stepStage } from './steps';
import { useFollowStage } from './useFollowStage';
import { layoutOfDoc } from './layoutOfDoc';

/**
 * The presentation over the canvas (ADR 0022): moves the view to each step at a readable zoom, lights that step
 * and dims the rest, says where the audience is, steps a following workshop along, and ends when full screen does.
 */
export function Presentation({ client, step }: { client: TandemClient | null; step: number }) {
  const t = useT('present');
  const store = useEditorStore();
  const port = useCanvasPort();
  const doc = useEditor((s) => s.doc);
  const steps = useMemo(() => presentSteps(doc), [doc]);
  const at = clampStep(steps, step);
  const current = steps[at];
  const layout = layoutOfDoc(doc);
  const rect = current ? stepRect(layout, current) : null;
  // React Flow's own size of the pane: it changes as the chrome hides and full screen begins.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const rectKey = rect ? `${rect.x}|${rect.y}|${rect.width}|${rect.height}` : '';

  // The view moves when the step, its place or the screen changes; not on every edit a participant makes, which
  // would throw the presenter back to the top of a stage they had scrolled down.
  const shown = useRef(rect);
  shown.current = rect;
  useEffect(() => {
    const target = rectKey ? shown.current : null;
    if (!target || !port.view || width === 0 || height === 0) return;
    port.view.show(readingViewport(target, { width, height }));
  }, [rectKey, width, height, port]);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) leavePresentation(store);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  useFollowStage(client, stepStage(current));

  if (!current || !rect) {
    return (
      <div className="present-indicator" role="status">
        {t('empty')}
      </div>
    );
  }
  const { number, of } = stepPosition(steps, at);
  const name =
    current.kind === 'stage'
      ? doc.stages.find((s) => s.id === current.stageId)?.name || t('untitledStage')
      : doc.lanes.find((l) => l.id === current.laneId)?.title || t('untitledLane');
  return (
    <>
      <Spotlight rect={rect} />
      <StepIndicator kind={current.kind} number={number} of={of} name={name} />
    </>
  );
}
