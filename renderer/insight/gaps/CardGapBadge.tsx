import '../../styles/insight.css';
import { memo } from 'react';
import { useCardGap } from './useCardGap';

/** "≠ 41%" on a card whose touchpoint's customers and employees disagree above the map's threshold. */
export const CardGapBadge = memo(function CardGapBadge({ cardId }: { cardId: string }) {
  const gap = useCardGap(cardId);
  if (!gap) return null;
  const percent = Math.round(gap.worstShare * 100);
  const text = `Perception gap at "${gap.touchpoint}": customers and employees disagree in ${percent}% of ${gap.pairs} linked pairs${gap.flagged > 1 ? ` (${gap.flagged} question pairs flagged)` : ''}`;
  return (
    <span className="gap-badge" role="img" title={text} aria-label={text} data-testid="gap-badge">
      <span aria-hidden="true">≠ {percent}%</span>
    </span>
  );
});
