import type { Stage } from '../../shared/schema/stage';
import { usePageT } from './i18n';

/**
 * Choosing the stage to look at: previous, a list, next; and, while the facilitator leads (Follow me), whether this
 * page follows them, with one button to look around alone and one to follow again.
 */
export function StageNav(props: {
  stages: Stage[];
  current: string;
  followStage: string | null;
  following: boolean;
  onStage: (id: string) => void;
  onFollow: (following: boolean) => void;
}) {
  const t = usePageT('workshop');
  const { stages, current, followStage, following } = props;
  const index = stages.findIndex((s) => s.id === current);
  return (
    <>
      {followStage && (
        <p className="follow">
          {following ? t('participant.follow.following') : t('participant.follow.away')}
          <button type="button" className="quiet" onClick={() => props.onFollow(!following)}>
            {following ? t('participant.follow.breakAway') : t('participant.follow.rejoin')}
          </button>
        </p>
      )}
      <nav className="stages" aria-label={t('participant.stages')}>
        <button type="button" disabled={index <= 0} onClick={() => props.onStage(stages[index - 1]!.id)}>
          {t('participant.previous')}
        </button>
        <select aria-label={t('participant.stage')} value={current} onChange={(e) => props.onStage(e.target.value)}>
          {stages.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.name || t('participant.untitledStage')}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={index >= stages.length - 1}
          onClick={() => props.onStage(stages[index + 1]!.id)}
        >
          {t('participant.next')}
        </button>
      </nav>
    </>
  );
}
