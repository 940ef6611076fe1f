import '../../styles/insight.css';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { useNumbers } from '../format/useNumbers';
import { useSurveyStats } from '../metrics/useFigures';
import { GapItem } from './GapItem';
import { GapSettings } from './GapSettings';

/** Perception gaps: the touchpoints where customers and employees answered paired questions differently, then the settings. */
export function GapsPanel() {
  const t = useT('insight');
  const numbers = useNumbers();
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
    <section className="gaps" aria-label={t('gaps.label')}>
      <h3 className="panel-heading">{t('gaps.label')}</h3>
      <p className="panel-field__hint">
        {t('gaps.rule', { percent: numbers.percent(Math.round(threshold * 1000) / 1000, 1), count: minPairs })}
      </p>
      {status === 'loading' && !stats && <p className="panel-field__hint">{t('gaps.loading')}</p>}
      {stats && !hasAnswers && <p className="panel-field__hint">{t('gaps.noAnswers')}</p>}
      {hasAnswers && flaggedSorted.length === 0 && <p className="panel-field__hint">{t('gaps.noneFlagged')}</p>}
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
