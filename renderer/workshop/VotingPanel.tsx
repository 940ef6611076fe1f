import { openRound } from '../../shared/workshop/voting';
import { useT } from '../i18n';
import { useEditor } from '../store/useEditor';
import { OpenRound } from './OpenRound';
import { RoundResults } from './RoundResults';
import { StartRoundForm } from './StartRoundForm';

/**
 * Dot voting in the workshop dialog: the open round; the rounds the map keeps, newest first, the newest one unfolded
 * with its ranking; and, while a session runs and no round is open, the form that starts the next one.
 */
export function VotingPanel({ running, people }: { running: boolean; people: number }) {
  const t = useT('voting');
  const rounds = useEditor((s) => s.doc.voteRounds);
  const doc = useEditor((s) => s.doc);
  const open = openRound(doc);
  const closed = rounds.filter((r) => r.closedAt !== null).sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
  if (!running && closed.length === 0 && !open) return null;
  return (
    <section className="voting" aria-label={t('panel.title')}>
      <h3>{t('panel.title')}</h3>
      {open && <OpenRound round={open} people={people} />}
      {closed.length > 0 && (
        <>
          <h4>{t('results.heading')}</h4>
          {closed.map((r, i) => (
            <RoundResults key={r.id} round={r} open={i === 0} />
          ))}
        </>
      )}
      {!open && running && <StartRoundForm />}
    </section>
  );
}
