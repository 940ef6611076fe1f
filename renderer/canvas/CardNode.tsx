import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { CardFlowNode } from './flowTypes';
import { EvidenceTag } from './EvidenceTag';
import { PainPointBadge } from './PainPointBadge';
import { EmotionValue } from './EmotionValue';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

// Title lines that fit: the footer and padding take about 44px, a line of 15px text about 20px. Emotion cards
// put the value beside the title, so two lines fit in their fixed height.
const linesFor = (height: number | undefined, emotion: boolean) => (emotion ? 2 : Math.max(1, Math.floor(((height ?? 84) - 44) / 20)));

/** A card on the canvas: title, owner-team stripe, evidence status, pain-point count and, on emotion lanes, the value. */
export const CardNode = memo(function CardNode({ data, height, selected }: NodeProps<CardFlowNode>) {
  const lines = linesFor(height, data.onEmotionLane);
  const stripe = data.teamColor ?? 'transparent';
  return (
    <div
      className={`card${selected ? ' card--selected' : ''}${data.onEmotionLane ? ' card--emotion' : ''} card--${data.evidence}`}
      style={{ borderLeftColor: stripe }}
      title={data.teamName ? `${data.title}\nOwner: ${data.teamName}` : data.title}
      data-card-id={data.cardId}
    >
      {SIDES.map(([name, pos]) => (
        <Handle key={`s-${name}`} id={`s-${name}`} type="source" position={pos} isConnectable={false} className="card__handle" />
      ))}
      {SIDES.map(([name, pos]) => (
        <Handle key={`t-${name}`} id={`t-${name}`} type="target" position={pos} isConnectable={false} className="card__handle" />
      ))}
      <div className="card__title" style={{ WebkitLineClamp: lines }}>
        {data.title || <span className="card__untitled">Untitled card</span>}
      </div>
      <div className="card__footer">
        {data.onEmotionLane ? <EmotionValue value={data.emotion} /> : <EvidenceTag evidence={data.evidence} />}
        {data.painCount > 0 && <PainPointBadge count={data.painCount} />}
      </div>
    </div>
  );
});
