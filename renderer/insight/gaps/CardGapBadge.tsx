import '../../styles/insight.css';
import { memo } from 'react';
import { useCardT } from '../format/useLanguageNow';
import { useNumbers } from '../format/useNumbers';
import { useCardGap } from './useCardGap';

/** "≠ 41%" on a card whose touchpoint's customers and employees disagree above the map's threshold. */
export const CardGapBadge = memo(function CardGapBadge({ cardId }: { cardId: string }) {
  const gap = useCardGap(cardId);
  if (!gap) return null;
  return <GapBadgeView touchpoint={gap.touchpoint} share={gap.worstShare} pairs={gap.pairs} flagged={gap.flagged} />;
});

// Apart from the badge, so the 2,000 cards without a gap do not each listen for a change of language.
function GapBadgeView({
  touchpoint,
  share,
  pairs,
  flagged,
}: {
  touchpoint: string;
  share: number;
  pairs: number;
  flagged: number;
}) {
  const t = useCardT('insight');
  const numbers = useNumbers();
  const percent = numbers.percent(Math.round(share * 100) / 100);
  const base = t('gap.badge', { key: touchpoint, percent, count: pairs });
  const text = flagged > 1 ? `${base} ${t('gap.badgeFlagged', { count: flagged })}` : base;
  return (
    <span className="gap-badge" role="img" title={text} aria-label={text} data-testid="gap-badge">
      <span aria-hidden="true">≠ {percent}</span>
    </span>
  );
}
