import type { Card } from '../../shared/schema/card';
import type { PainPoint } from '../../shared/schema/painPoint';
import { SeverityChip } from '../insight/painPoints/SeverityChip';
import { useT, useVocabulary } from '../i18n';

/** One card in the focus view: its title, and each of its pain points with severity and whose pain it is. */
export function FocusCard({ card, pains }: { card: Card; pains: readonly PainPoint[] }) {
  const t = useT('present');
  const vocab = useVocabulary();
  return (
    <li className="focus-card" data-card={card.id}>
      <p className="focus-card__title">{card.title || t('untitledCard')}</p>
      {pains.length > 0 && (
        <ul className="focus-card__pains" aria-label={t('focus.painPoints')}>
          {[...pains]
            .sort((a, b) => b.severity - a.severity)
            .map((p) => (
              <li key={p.id} className="focus-card__pain">
                <SeverityChip severity={p.severity} />
                <span className="focus-card__pain-title">{p.title}</span>
                <span className="focus-card__pain-side">{vocab(`painSide.${p.side}`)}</span>
              </li>
            ))}
        </ul>
      )}
    </li>
  );
}
