import { useMemo } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import type { Card } from '../../../shared/schema/card';
import { useEditor } from '../../store/useEditor';
import { AddPainPoint } from './AddPainPoint';
import { PainPointItem } from './PainPointItem';

/** The pain points of one card, highest priority first, and the field that adds the next one. */
export function CardPainPoints({ card }: { card: Card }) {
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
    <section className="pp-card" aria-label={`Pain points on ${card.title || 'this card'}`}>
      <h3 className="pp-card__title">
        Pain points on “{card.title || 'Untitled card'}” <span className="pp-card__count">{pains.length}</span>
      </h3>
      {pains.length === 0 ? (
        <p className="panel-field__hint">None yet.</p>
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
