import type { VoteRound } from '../../shared/schema/voteRound';
import { closeRoundCommand, dotsPlaced, roundDeadline } from '../../shared/workshop/voting';
import { useT } from '../i18n';
import { useEditorStore } from '../store/useEditor';
import { formatCountdown as clock } from '../../shared/workshop/timer';
import { useNow } from './useNow';

/** The round the room is voting in: dots left in the room, time left, and the facilitator's Close. */
export function OpenRound({ round, people }: { round: VoteRound; people: number }) {
  const t = useT('voting');
  const store = useEditorStore();
  const deadline = roundDeadline(round);
  const now = useNow(deadline !== null);
  const placed = dotsPlaced(round);
  const total = round.dotsEach * people;
  const close = () => store.getState().dispatch(closeRoundCommand(round.id, new Date()), t('undo.close'));
  return (
    <section className="voting-open" aria-label={t('open.heading', { title: round.title })}>
      <h4>{t('open.heading', { title: round.title })}</h4>
      <p className="voting-left" role="status">
        {t('open.dotsLeft', { left: Math.max(0, total - placed), total })} · {t('open.placed', { placed })}
      </p>
      <p className="voting-clock">
        {deadline === null ? t('open.noLimit') : t('open.timeLeft', { time: clock(deadline - now) })}
      </p>
      <button type="button" className="button button--primary" onClick={close}>
        {t('open.close')}
      </button>
    </section>
  );
}
