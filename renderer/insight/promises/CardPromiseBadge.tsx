import '../../styles/promises.css';
import { memo } from 'react';
import { PROMISE_GLYPH, type PromiseRow } from '../../../shared/insight/promises';
import { useEditor } from '../../store/useEditor';
import { promiseSentence } from '../../ui/promiseWords';
import { useCardT } from '../format/useLanguageNow';

/** "✓ Kept" on a card whose brand promise the answers keep; glyph and word, so the status never rests on colour. */
export const CardPromiseBadge = memo(function CardPromiseBadge({ cardId }: { cardId: string }) {
  const row = useEditor((s) => s.promiseByCard.get(cardId) ?? null);
  if (!row) return null;
  return <PromiseBadgeView row={row} />;
});

// Apart from the badge, so the cards without a promise do not each listen for a change of language.
function PromiseBadgeView({ row }: { row: PromiseRow }) {
  const t = useCardT('promises');
  const text = promiseSentence(row);
  return (
    <span
      className={`promise-badge promise-badge--${row.status}`}
      role="img"
      title={text}
      aria-label={text}
      data-testid="promise-badge"
      data-status={row.status}
    >
      <span aria-hidden="true">
        {PROMISE_GLYPH[row.status]} {t(`status.${row.status}`)}
      </span>
    </span>
  );
}
