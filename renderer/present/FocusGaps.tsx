import type { Card } from '../../shared/schema/card';
import { useT } from '../i18n';
import { useNumbers } from '../insight/format/useNumbers';
import { useEditor } from '../store/useEditor';

/** The flagged perception gaps at the stage's cards, worded as the cards' gap badges word them. */
export function FocusGaps({ cards }: { cards: readonly Card[] }) {
  const t = useT('present');
  const insight = useT('insight');
  const numbers = useNumbers();
  const gapByCard = useEditor((s) => s.gapByCard);
  const gaps = cards.flatMap((c) => {
    const gap = gapByCard.get(c.id);
    return gap ? [{ card: c, gap }] : [];
  });
  if (gaps.length === 0) return <p className="focus-view__none">{t('focus.noGaps')}</p>;
  return (
    <ul className="focus-gaps">
      {gaps.map(({ card, gap }) => {
        const percent = numbers.percent(Math.round(gap.worstShare * 100) / 100);
        return (
          <li key={card.id} className="focus-gaps__item">
            <span className="focus-gaps__share" aria-hidden="true">
              ≠ {percent}
            </span>{' '}
            {insight('gap.badge', { key: gap.touchpoint, percent, count: gap.pairs })}
          </li>
        );
      })}
    </ul>
  );
}
