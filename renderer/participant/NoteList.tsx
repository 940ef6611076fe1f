import type { Note } from '../../shared/schema/note';
import { usePageT } from './i18n';

/** Notes as the room sees them: the words (as text), who said them, and Withdraw on one's own. */
export function NoteList(props: {
  notes: readonly Note[];
  mine: ReadonlySet<string>;
  locked: boolean;
  onWithdraw: (id: string) => void;
}) {
  const t = usePageT('workshop');
  if (props.notes.length === 0) return null;
  return (
    <ul className="notes">
      {props.notes.map((n) => (
        <li key={n.id} className="note">
          <span className="note-text">{n.text}</span>
          {n.author && <span className="note-author">{t('participant.note.by', { name: n.author.name })}</span>}
          {props.mine.has(n.id) && !props.locked && (
            <button type="button" className="quiet" onClick={() => props.onWithdraw(n.id)}>
              {t('participant.withdraw')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
