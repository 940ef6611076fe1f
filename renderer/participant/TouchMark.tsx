import type { Card } from '../../shared/schema/card';
import type { Team } from '../../shared/schema/team';
import { touchingTeams } from '../../shared/workshop/teams';
import { usePageT } from './i18n';

/**
 * "We touch this" on one card: the teams that marked it, and — for a participant whose team is one of the map's —
 * a toggle that marks or unmarks it for their team. Hidden while the map is locked.
 */
export function TouchMark(props: {
  card: Card;
  teams: readonly Team[];
  teamId: string | null;
  locked: boolean;
  onTouch: (cardId: string, on: boolean) => void;
}) {
  const { card, teams, teamId, locked, onTouch } = props;
  const t = usePageT('workshop');
  const marked = touchingTeams(teams, card.touchedBy);
  const mine = teamId !== null && marked.some((x) => x.id === teamId);
  if (marked.length === 0 && (teamId === null || locked)) return null;
  return (
    <div className="touch">
      {marked.length > 0 && (
        <span className="touch-teams" title={t('touch.chipsLabel', { teams: marked.map((x) => x.name).join(', ') })}>
          {marked.map((x) => (
            <span key={x.id} className="touch-team" style={{ borderColor: x.color }}>
              {x.name}
            </span>
          ))}
        </span>
      )}
      {teamId !== null && !locked && (
        <button
          type="button"
          className={`touch-toggle${mine ? ' on' : ''}`}
          aria-pressed={mine}
          onClick={() => onTouch(card.id, !mine)}
        >
          {t('participant.touch.mark')}
        </button>
      )}
    </div>
  );
}
