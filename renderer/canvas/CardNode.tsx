import { memo, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { OwnerNeededMark } from './team/OwnerNeededMark';
import { useCardDimmed } from './team/useCardDimmed';
import { useOwnerNeeded } from './team/useOwnerNeeded';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CardTitleEditor } from './cards/CardTitleEditor';
import { CardAuthor } from './cards/CardAuthor';
import { TouchChips } from './cards/TouchChips';
import type { CardFlowNode } from './flowTypes';
import { EvidenceTag } from './EvidenceTag';
import { PainPointBadge } from '../insight/painPoints/PainPointBadge';
import { NoteCountBadge } from './cards/NoteCountBadge';
import { useCardTraceState } from '../insight/trace/useCardTraceState';
import { CardGapBadge } from '../insight/gaps/CardGapBadge';
import { CardPromiseBadge } from '../insight/promises/CardPromiseBadge';
import { EmotionValue } from './EmotionValue';
import { LinkHandles } from './links/LinkHandles';
import { CompareMarkChips } from './CompareMarkChips';
import { useCardT } from '../insight/format/useLanguageNow';
import { useCardName } from './keyboard/useCardName';
import '../styles/cards.css';

// Title lines that fit: the footer and padding take about 44px, a line of 15px text about 20px. Emotion cards
// put the value beside the title, so two lines fit in their fixed height.
const linesFor = (height: number | undefined, emotion: boolean) =>
  emotion ? 2 : Math.max(1, Math.floor(((height ?? 84) - 44) / 20));

/**
 * A card on the canvas: title, owner-team stripe, evidence status, pain-point count and, on emotion lanes, the
 * value. Double-click (or Enter) edits the title in place. Each piece of window state is read with its own
 * boolean selector, so a card re-renders only when its own answer changes.
 */
export const CardNode = memo(function CardNode({
  data,
  width,
  height,
  selected,
  isConnectable,
}: NodeProps<CardFlowNode>) {
  const store = useEditorStore();
  const t = useCardT('canvas');
  const tk = useCardT('keyboard');
  const name = useCardName(data.cardId);
  const editing = useEditor((s) => s.editing?.cardId === data.cardId);
  const match = useEditor((s) => s.findHits.has(data.cardId));
  const current = useEditor((s) => s.findCurrent === data.cardId);
  const dimmed = useCardDimmed(data.cardId);
  // Panels: a backstage or support card without a team says so (needsOwner in shared/teamFilter).
  const ownerNeeded = useOwnerNeeded(data.cardId);
  const trace = useCardTraceState(data.cardId);
  // Comparing with a kept version: added, changed or removed since then (a removed card is a ghost in its old cell).
  const mark = useEditor((s) => s.viewing?.marks?.cards.get(data.cardId) ?? null);
  // Link handles mount only under the pointer or on the selected card (see LinkHandles).
  const [hovered, setHovered] = useState(false);
  // The author's line under the footer takes one title line.
  const lines = Math.max(1, linesFor(height, data.onEmotionLane) - (data.author ? 1 : 0));
  const stripe = data.teamColor ?? 'transparent';
  const classes = [
    'card nokey',
    selected && 'card--selected',
    data.onEmotionLane && 'card--emotion',
    `card--${data.evidence}`,
    editing && 'card--editing',
    match && 'card--match',
    current && 'card--match-current',
    dimmed && !match && !selected && 'card--dimmed',
    trace !== 'none' && `card--trace-${trace}`,
    mark && `card--mark-${mark}`,
  ];
  // The node box itself is zero-sized (card.css), so this box carries the card's size. The handles sit beside the
  // card, not in it, so its border does not shift them off the points deriveFlow declares.
  return (
    <div
      className="card-node"
      style={{ width, height }}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a card is a named group of its parts, not a form's fieldset; double-click edits for a pointer, Enter or F2 for the keyboard (cardActions) */}
      <div
        className={classes.filter(Boolean).join(' ')}
        style={{ borderLeftColor: stripe }}
        title={
          editing
            ? undefined
            : data.teamName
              ? t('card.titleWithOwner', { title: data.title, team: data.teamName })
              : data.title
        }
        data-card-id={data.cardId}
        role="group"
        aria-roledescription={tk('card.roleDescription')}
        aria-label={name}
        data-mark={mark ?? undefined}
        data-mark-label={mark ? t(`compareMark.${mark}`) : undefined}
        onDoubleClick={(e) => {
          e.stopPropagation();
          store.getState().startEditing(data.cardId);
        }}
      >
        {editing ? (
          <CardTitleEditor title={data.title} />
        ) : (
          <div className="card__title" style={{ WebkitLineClamp: lines }}>
            {data.title || <span className="card__untitled">{t('card.untitled')}</span>}
          </div>
        )}
        <div className="card__footer">
          {data.onEmotionLane ? <EmotionValue value={data.emotion} /> : <EvidenceTag evidence={data.evidence} />}
          {ownerNeeded && <OwnerNeededMark />}
          {data.painCount > 0 && <PainPointBadge cardId={data.cardId} />}
          <NoteCountBadge cardId={data.cardId} />
          <CardGapBadge cardId={data.cardId} />
          <CardPromiseBadge cardId={data.cardId} />
          <CompareMarkChips cardId={data.cardId} />
          <TouchChips touches={data.touches} />
        </div>
        {data.author && <CardAuthor cardId={data.cardId} author={data.author} selected={!!selected} />}
      </div>
      {/* After the card, so the handles are drawn over its edge and take the pointer there. */}
      <LinkHandles connectable={isConnectable} active={hovered || !!selected} />
    </div>
  );
});
