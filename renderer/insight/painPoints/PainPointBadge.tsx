import '../../styles/insight.css';
import { memo } from 'react';
import type { PainSide } from '../../../shared/schema/painPoint';
import { useEditor } from '../../store/useEditor';
import { SIDE_LABEL, SIDE_MARK } from './painOptions';
import { painSummaries, summaryKey } from './painSummary';

interface ViewProps {
  count: number;
  /** Worst severity, 1–5: the badge's colour, also written as S1…S5 for anyone who cannot tell the colours apart. */
  worst: number;
  side: PainSide;
}

/** The badge itself, drawn from plain values (the legend uses it too). */
export function PainBadgeView({ count, worst, side }: ViewProps) {
  const words = `${count} pain point${count === 1 ? '' : 's'}`;
  const more = `worst severity ${worst} of 5, ${SIDE_LABEL[side].toLowerCase()} side`;
  return (
    <span className={`pain-badge pp-badge pp-sev--${worst}`} title={`${words}, ${more}`} aria-label={words} aria-description={more} role="img">
      <span className="pp-badge__side" aria-hidden="true">{SIDE_MARK[side]}</span>
      <span className="pp-badge__count" aria-hidden="true">{count}</span>
      <span className="pp-badge__sev" aria-hidden="true">S{worst}</span>
    </span>
  );
}

/**
 * A card's pain points at a glance, readable on a projector: whose pain (C, E or C+E), how many, and the worst
 * severity as colour and as text. It reads one precomputed summary per card, so an edit re-renders only the
 * badges whose summary changed.
 */
export const PainPointBadge = memo(function PainPointBadge({ cardId }: { cardId: string }) {
  const key = useEditor((s) => summaryKey(painSummaries(s.doc.painPoints).get(cardId)));
  if (key === '') return null;
  const [count, worst, side] = key.split('|') as [string, string, PainSide];
  return <PainBadgeView count={Number(count)} worst={Number(worst)} side={side} />;
});
