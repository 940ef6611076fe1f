import '../../styles/insight.css';
import { useEditor } from '../../store/useEditor';
import { useSurveyStats } from '../metrics/useFigures';
import { GapItem } from './GapItem';
import { GapSettings } from './GapSettings';

/** Perception gaps: the touchpoints where customers and employees answered paired questions differently, then the settings. */
export function GapsPanel() {
  const stats = useSurveyStats();
  const status = useEditor((s) => s.surveyStatsStatus);
  const pairings = useEditor((s) => s.doc.pairings);
  const threshold = useEditor((s) => s.doc.meta.gapThreshold);
  const minPairs = useEditor((s) => s.doc.meta.gapMinPairs);
  const flagged = (stats?.touchpoints ?? []).flatMap((t) =>
    t.gaps.map((g, i) => ({ t, g, pairing: pairings[i] })).filter(({ g }) => g.flagged),
  );
  const flaggedSorted = [...flagged].sort((a, b) => (b.g.share ?? 0) - (a.g.share ?? 0));
  const hasAnswers = (stats?.touchpoints.length ?? 0) > 0;
  return (
    <section className="gaps" aria-label="Perception gaps">
      <h3 className="panel-heading">Perception gaps</h3>
      <p className="panel-field__hint">
        Flagged where at least {Math.round(threshold * 1000) / 10}% of linked pairs disagree and there are at least{' '}
        {minPairs} pairs.
      </p>
      {status === 'loading' && !stats && <p className="panel-field__hint">Loading survey figures…</p>}
      {stats && !hasAnswers && (
        <p className="panel-field__hint">No survey answers yet: use “Import survey…” in the toolbar.</p>
      )}
      {hasAnswers && flaggedSorted.length === 0 && (
        <p className="panel-field__hint">No touchpoint is flagged: customers and employees see it alike.</p>
      )}
      <ul className="gaps__list">
        {flaggedSorted.map(({ t, g, pairing }) => (
          <GapItem
            key={`${t.key}|${g.customer}|${g.employee}`}
            touchpoint={t.key}
            card={t.card}
            gap={g}
            pairingId={pairing?.id ?? null}
            label={pairing?.label ?? ''}
          />
        ))}
      </ul>
      <GapSettings />
    </section>
  );
}
