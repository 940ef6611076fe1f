import type { Team } from '../../shared/schema/team';
import { usePageT } from './i18n';

/**
 * Which of the map's teams the participant is in: the host lets them mark "we touch this" for that team only. The
 * name typed at join is kept when it is not one of the map's teams (it still shows beside what they add).
 */
export function TeamChoice(props: { teams: readonly Team[]; teamId: string | null; onTeam: (name: string) => void }) {
  const t = usePageT('workshop');
  if (props.teams.length === 0) return null;
  return (
    <div className="team-choice">
      <label>
        {t('participant.touch.team')}
        <select
          value={props.teamId ?? ''}
          onChange={(e) => props.onTeam(props.teams.find((x) => x.id === e.target.value)?.name ?? '')}
        >
          <option value="">{t('participant.touch.noTeam')}</option>
          {props.teams.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      {props.teamId === null && <p className="hint">{t('participant.touch.needTeam')}</p>}
    </div>
  );
}
