import '../../styles/insight.css';
import { memo } from 'react';
import type { PainSide } from '../../../shared/schema/painPoint';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useCardT, useCardVocabulary } from '../format/useLanguageNow';
import { painSummaries, summaryKey } from '../../../shared/insight/painSummary';

interface ViewProps {
  count: number;
  onClick?(): void;
  /** Worst severity, 1–5: the badge's colour, also written as S1…S5 for anyone who cannot tell the colours apart. */
  worst: number;
  side: PainSide;
}

/** The badge itself, drawn from plain values (the legend uses it too). */
export function PainBadgeView({ count, worst, side, onClick }: ViewProps) {
  const t = useCardT('insight');
  const badge = useCardT('export');
  const vocab = useCardVocabulary();
  const words = vocab('count.painPoint', { count });
  const more = t('pain.badgeMore', { severity: worst, side: vocab(`painSide.${side}`).toLowerCase() });
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut to the Pain points tab, which the keyboard reaches in the side panel
    <span
      className={`pain-badge pp-badge pp-sev--${worst}`}
      title={`${words}, ${more}`}
      aria-label={words}
      aria-description={more}
      role="img"
      onClick={onClick}
    >
      <span className="pp-badge__side" aria-hidden="true">
        {vocab(`painSideMark.${side}`)}
      </span>
      {/* The same words the exports print on the badge (export catalogue), in the UI's language. */}
      <span className="pp-badge__count" aria-hidden="true">
        {badge('card.painBadge', { count, severity: worst })}
      </span>
    </span>
  );
}

/**
 * A card's pain points at a glance, readable on a projector: whose pain (C, E or C+E), how many, and the worst
 * severity as colour and as text. Clicking it opens the Pain points tab. It reads one precomputed summary per
 * card, so an edit re-renders only the badges whose summary changed.
 */
export const PainPointBadge = memo(function PainPointBadge({ cardId }: { cardId: string }) {
  const store = useEditorStore();
  const key = useEditor((s) => summaryKey(painSummaries(s.doc.painPoints).get(cardId)));
  if (key === '') return null;
  const [count, worst, side] = key.split('|') as [string, string, PainSide];
  // The click also reaches the card, which selects it; the badge adds opening the tab that lists them.
  return (
    <PainBadgeView
      count={Number(count)}
      worst={Number(worst)}
      side={side}
      onClick={() => store.getState().showPanel('painPoints')}
    />
  );
});
