import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useEditorStore } from '../../store/useEditor';
import { sayIn, useT } from '../../i18n';
import type { EmotionPoint } from '../flowTypes';
import { emotionAt, emotionCentreY, emotionWord, snapEmotion } from './emotionScale';

interface Props {
  point: EmotionPoint;
  laneHeight: number;
  /** Reports the value being dragged to (or null when the drag ends), so the curve can follow. */
  onPreview(cardId: string, value: number | null): void;
}

/**
 * A card's point on the emotion curve. Drag it up or down (it snaps to the five levels; the drop is one undo
 * step) or focus it and use the arrow keys.
 */
export const EmotionKnob = memo(function EmotionKnob({ point, laneHeight, onPreview }: Props) {
  const store = useEditorStore();
  const t = useT('canvas');
  const flow = useStoreApi();
  const drag = useRef<{ pointer: number; startClient: number; zoom: number; value: number } | null>(null);
  const [value, setValue] = useState<number | null>(null);
  const shown = value ?? point.value;
  const y = value === null ? point.y : emotionCentreY(laneHeight, value);

  const commit = (next: number) => {
    if (next === point.value) return;
    store
      .getState()
      .dispatch(
        { type: 'card/update', id: point.cardId, patch: { emotion: next } },
        sayIn('canvas')('undo.setEmotion'),
      );
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = {
      pointer: e.pointerId,
      startClient: e.clientY,
      zoom: flow.getState().transform[2],
      value: point.value ?? 0,
    };
    setValue(point.value ?? 0);
    onPreview(point.cardId, point.value ?? 0);
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const next = emotionAt(laneHeight, point.y + (e.clientY - d.startClient) / d.zoom);
    if (next !== d.value) {
      d.value = next;
      setValue(next);
      onPreview(point.cardId, next);
    }
  };
  const end = (e: PointerEvent<SVGGElement>, keep: boolean) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    setValue(null);
    onPreview(point.cardId, null);
    if (keep) commit(d.value);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    commit(snapEmotion((point.value ?? 0) + step));
  };

  const label =
    shown === null
      ? t('emotion.knobNoScore')
      : t('emotion.levelValue', { word: emotionWord(shown), value: `${shown > 0 ? '+' : ''}${shown}` });
  return (
    <g
      className={`emotion-knob nodrag nopan${value !== null ? ' emotion-knob--dragging' : ''}${point.value === null ? ' emotion-knob--empty' : ''}`}
      data-card-id={point.cardId}
      role="slider"
      tabIndex={0}
      aria-label={t('emotion.knob', { title: point.title || t('card.untitled') })}
      aria-valuemin={-2}
      aria-valuemax={2}
      aria-valuenow={shown ?? 0}
      aria-valuetext={label}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => end(e, true)}
      onPointerCancel={(e) => end(e, false)}
      onKeyDown={onKeyDown}
    >
      <title>{t('emotion.knobTitle', { value: label })}</title>
      <circle className="emotion-knob__hit" cx={point.x} cy={y} r={14} />
      <circle className="emotion-knob__dot" cx={point.x} cy={y} r={8} />
      {value !== null && (
        <text className="emotion-knob__word" x={point.x + 14} y={y + 5}>
          {label}
        </text>
      )}
    </g>
  );
});
