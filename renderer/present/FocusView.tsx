import '../styles/present.css';
import { useMemo } from 'react';
import type { Card } from '../../shared/schema/card';
import type { LaneKind } from '../../shared/schema/lane';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/useEditor';
import { FocusCard } from './FocusCard';
import { FocusFigures } from './FocusFigures';
import { FocusGaps } from './FocusGaps';

/** Above the line of interaction: what the customer does and meets. */
const MOMENT_LANES: ReadonlySet<LaneKind> = new Set(['customer', 'touchpoint']);
/** Below it: the visible and invisible work, the systems, and the employee's own journey behind the moment. */
const BEHIND_LANES: ReadonlySet<LaneKind> = new Set(['frontstage', 'backstage', 'support', 'employee']);

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/**
 * "Why does this moment hurt?": one stage's customer moments and the work below the line behind them, with their
 * pain points, the stage's metrics and the perception gaps at its touchpoints, in type a projector carries.
 */
export function FocusView({ stageId }: { stageId: string }) {
  const t = useT('present');
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const stages = useMemo(() => [...doc.stages].sort(byOrder), [doc.stages]);
  const stage = stages.find((s) => s.id === stageId);
  const lanes = useMemo(() => [...doc.lanes].sort(byOrder), [doc.lanes]);
  const cardsOf = (laneId: string): Card[] =>
    doc.cards.filter((c) => c.stageId === stageId && c.laneId === laneId).sort(byOrder);
  const painsOf = (cardId: string) => doc.painPoints.filter((p) => p.cardId === cardId);
  if (!stage) return null;
  const moments = lanes.filter((l) => MOMENT_LANES.has(l.kind)).flatMap((l) => cardsOf(l.id));
  const behind = lanes.filter((l) => BEHIND_LANES.has(l.kind)).map((l) => ({ lane: l, cards: cardsOf(l.id) }));
  const anyBehind = behind.some((b) => b.cards.length > 0);
  const stageCards = doc.cards.filter((c) => c.stageId === stageId);

  return (
    <section className="focus-view" aria-labelledby="focus-view-title" data-testid="focus-view">
      <header className="focus-view__header">
        <p className="focus-view__where">
          {t('focus.label')} · {t('focus.stage', { number: stages.indexOf(stage) + 1, of: stages.length })}
        </p>
        <h2 id="focus-view-title" className="focus-view__title">
          {stage.name || t('untitledStage')}
        </h2>
        <button
          type="button"
          className="focus-view__close"
          onClick={() => store.getState().showFocus(null)}
          aria-label={t('focus.close')}
          title={t('focus.close')}
        >
          ×
        </button>
      </header>
      <div className="focus-view__columns">
        <section className="focus-view__column" aria-labelledby="focus-view-moments">
          <h3 id="focus-view-moments">{t('focus.moments')}</h3>
          {moments.length === 0 ? (
            <p className="focus-view__none">{t('focus.noMoments')}</p>
          ) : (
            <ul className="focus-view__cards">
              {moments.map((c) => (
                <FocusCard key={c.id} card={c} pains={painsOf(c.id)} />
              ))}
            </ul>
          )}
        </section>
        <section className="focus-view__column" aria-labelledby="focus-view-behind">
          <h3 id="focus-view-behind">{t('focus.behind')}</h3>
          {!anyBehind && <p className="focus-view__none">{t('focus.noneBehind')}</p>}
          {behind
            .filter((b) => b.cards.length > 0)
            .map(({ lane, cards }) => (
              <div key={lane.id} className="focus-view__lane">
                <h4>{lane.title || t('untitledLane')}</h4>
                <ul className="focus-view__cards">
                  {cards.map((c) => (
                    <FocusCard key={c.id} card={c} pains={painsOf(c.id)} />
                  ))}
                </ul>
              </div>
            ))}
        </section>
        <section className="focus-view__column focus-view__column--figures" aria-labelledby="focus-view-metrics">
          <h3 id="focus-view-metrics">{t('focus.metrics')}</h3>
          <FocusFigures stageId={stageId} />
          <h3>{t('focus.gaps')}</h3>
          <FocusGaps cards={stageCards} />
        </section>
      </div>
    </section>
  );
}
