import { useMemo } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import type { Card } from '../../../shared/schema/card';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { AddPainPoint } from './AddPainPoint';
import { PainPointItem } from './PainPointItem';

/** The pain points of one card, highest priority first, and the field that adds the next one. */
export function CardPainPoints({ card }: { card: Card }) {
  const t = useT('insight');
  const all = useEditor((s) => s.doc.painPoints);
  // Ranked once per change of the pain points; the order does not jump while a field is being typed in.
  const pains = useMemo(
    () =>
      all
        .filter((p) => p.cardId === card.id)
        .sort((a, b) => priorityScore(b) - priorityScore(a) || a.title.localeCompare(b.title)),
    [all, card.id],
  );
  return (
    <section
      className="pp-card"
      aria-label={card.title ? t('pain.onCard', { title: card.title }) : t('pain.onThisCard')}
    >
      <h3 className="pp-card__title">
        {t('pain.onCardHeading', { title: card.title || t('untitled.card') })}{' '}
        <span className="pp-card__count">{pains.length}</span>
      </h3>
      {pains.length === 0 ? (
        <p className="panel-field__hint">{t('pain.noneYet')}</p>
      ) : (
        <ul className="pp-list">
          {pains.map((p) => (
            <PainPointItem key={p.id} pain={p} ownerTeamId={card.ownerTeamId} />
          ))}
        </ul>
      )}
      <AddPainPoint card={card} />
    </section>
  );
}
