import { useMemo } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useNumbers } from '../format/useNumbers';
import { SeverityChip } from '../painPoints/SeverityChip';
import { cachedTrace } from './traceState';
import { useFocusCard } from './useFocusCard';

/**
 * The trace being shown, in words: the customer pain, the cards behind it and the employee pain on them
 * ("Employee pain behind this"). Clicking a card or a pain point selects its card and centres it.
 */
export function TraceSummary() {
  const store = useEditorStore();
  const t = useT('insight');
  const numbers = useNumbers();
  const focus = useFocusCard();
  const tracedId = useEditor((s) => s.tracedPainPointId);
  const doc = useEditor((s) => s.doc);
  const view = useMemo(() => {
    if (tracedId === null) return null;
    const pain = doc.painPoints.find((p) => p.id === tracedId);
    if (!pain) return null;
    const trace = cachedTrace(doc, tracedId);
    const cards = doc.cards.filter((c) => trace.cards.has(c.id));
    const pains = trace.painPoints.map((id) => doc.painPoints.find((p) => p.id === id)!);
    const cardTitle = (id: string) => doc.cards.find((c) => c.id === id)?.title || t('untitled.card');
    return { pain, origin: cardTitle(pain.cardId), cards, pains, cardTitle };
  }, [doc, tracedId, t]);
  if (!view) return null;
  return (
    <section className="trace" aria-label={t('trace.label')}>
      <div className="trace__head">
        <h3 className="trace__title">{t('trace.heading', { title: view.pain.title || t('untitled.painPoint') })}</h3>
        <button
          type="button"
          className="pp-button"
          onClick={() => store.getState().clearTrace()}
          title={t('trace.clearTitle')}
        >
          {t('trace.clear')}
        </button>
      </div>
      <p className="trace__where">
        {t('trace.on')}{' '}
        <button type="button" className="pp-link" onClick={() => focus(view.pain.cardId)}>
          {view.origin}
        </button>
      </p>
      {view.cards.length === 0 ? (
        <p className="trace__empty">{t('trace.noLinks')}</p>
      ) : (
        <>
          <h4 className="trace__sub">{t('trace.behind')}</h4>
          {view.pains.length === 0 ? (
            <p className="trace__empty">{t('trace.noPains')}</p>
          ) : (
            <ul className="trace__list">
              {view.pains.map((p) => (
                <li key={p.id}>
                  <button type="button" className="trace__item" onClick={() => focus(p.cardId)}>
                    <SeverityChip severity={p.severity} />
                    <span className="trace__item-title">{p.title || t('untitled.painPoint')}</span>
                    <span className="trace__item-card">
                      {t('trace.cardPriority', {
                        card: view.cardTitle(p.cardId),
                        priority: numbers.number(priorityScore(p)),
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h4 className="trace__sub">{t('trace.cardsHeading', { count: view.cards.length })}</h4>
          <ul className="trace__cards">
            {view.cards.map((c) => (
              <li key={c.id}>
                <button type="button" className="pp-link" onClick={() => focus(c.id)}>
                  {c.title || t('untitled.card')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
