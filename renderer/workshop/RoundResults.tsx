import type { VoteRound } from '../../shared/schema/voteRound';
import { ranking } from '../../shared/workshop/voting';
import { useT } from '../i18n';
import { useEditorStore } from '../store/useEditor';

/** A closed round as the map keeps it: its settings and ranking, most dots first; named rounds say who voted. */
export function RoundResults({ round, open }: { round: VoteRound; open: boolean }) {
  const t = useT('voting');
  const store = useEditorStore();
  const voters = (itemId: string) =>
    round.ballots
      .filter((b) => b.itemId === itemId)
      .map((b) => (b.dots > 1 ? `${b.name} ×${b.dots}` : b.name))
      .join(', ');
  return (
    <details className="voting-result" open={open}>
      <summary>
        {t('results.summary', {
          title: round.title,
          kind: t(`results.kind.${round.target.kind}`),
          dots: round.dotsEach,
          mode: round.anonymous ? t('results.anonymous') : t('results.named'),
        })}
      </summary>
      <ol className="voting-ranking">
        {ranking(round).map((item) => (
          <li key={item.id} value={item.rank}>
            <span className="voting-label">{item.label}</span>
            <strong>{t('results.dots', { count: item.votes })}</strong>
            {!round.anonymous && item.votes > 0 && (
              <small className="voting-voters">{t('results.voters', { names: voters(item.id) })}</small>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--danger"
        onClick={() => store.getState().dispatch({ type: 'voteRound/delete', id: round.id }, t('undo.delete'))}
      >
        {t('results.delete')}
      </button>
    </details>
  );
}
