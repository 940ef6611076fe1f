import { memo, useCallback, useMemo, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { smoothPath } from '../../shared/render/emotion';
import { useEditor } from '../store/useEditor';
import { EmotionKnob } from './emotion/EmotionKnob';
import { EmotionPicker } from './emotion/EmotionPicker';
import { emotionCentreY } from './emotion/emotionScale';
import type { EmotionCurveFlowNode } from './flowTypes';
import { useT } from '../i18n';
import '../styles/structure.css';

/**
 * The emotion curve of a lane: a smooth line through a point beside each card, drawn under the cards. The
 * points can be dragged up and down; the selected card of the lane gets a picker of the five levels.
 */
export const EmotionCurveNode = memo(function EmotionCurveNode({
  data,
  width,
  height,
}: NodeProps<EmotionCurveFlowNode>) {
  const t = useT('canvas');
  const [preview, setPreview] = useState<{ cardId: string; value: number } | null>(null);
  const onPreview = useCallback(
    (cardId: string, value: number | null) => setPreview(value === null ? null : { cardId, value }),
    [],
  );
  const ids = useMemo(() => new Set(data.points.map((p) => p.cardId)), [data.points]);
  const picked = useEditor((s) => (s.selection.length === 1 && ids.has(s.selection[0]!) ? s.selection[0]! : null));
  // The team view fades the curves with the rest: a curve runs through every card of its lane, not a team's way.
  const dimmed = useEditor((s) => s.teamFilter !== null && s.doc.teams.some((x) => x.id === s.teamFilter));

  const d = useMemo(() => {
    const pts = data.points.flatMap((p) => {
      if (preview && p.cardId === preview.cardId)
        return [{ x: p.x, y: emotionCentreY(data.laneHeight, preview.value) }];
      return p.value === null ? [] : [{ x: p.x, y: p.y }];
    });
    return pts.length > 1 ? smoothPath(pts) : '';
  }, [data.points, data.laneHeight, preview]);

  return (
    <>
      <svg
        className={`emotion-curve emotion-curve--${data.side}${dimmed ? ' emotion-curve--dimmed' : ''}`}
        width={width}
        height={height}
        aria-label={t('emotion.curve')}
      >
        <line
          className="emotion-curve__zero"
          x1={0}
          x2={width}
          y1={emotionCentreY(data.laneHeight, 0)}
          y2={emotionCentreY(data.laneHeight, 0)}
        />
        {d && <path className="emotion-curve__line" d={d} />}
        {data.points.map((p) => (
          <EmotionKnob key={p.cardId} point={p} laneHeight={data.laneHeight} onPreview={onPreview} />
        ))}
      </svg>
      {picked && <EmotionPicker cardId={picked} />}
    </>
  );
});
