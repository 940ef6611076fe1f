import type { Author } from '../../../shared/schema/author';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import '../../styles/authorship.css';

/**
 * Who added a card in a live workshop, under its title: "by Olena · Finance operations" (participant text, shown as
 * text), marked while it waits for Reveal, ticked once accepted. On the selected card the facilitator can accept it
 * (one undoable step); editing and deleting it are the card's usual ones.
 */
export function CardAuthor({ cardId, author, selected }: { cardId: string; author: Author; selected: boolean }) {
  const t = useT('workshop');
  const store = useEditorStore();
  const by = author.team
    ? t('author.byTeam', { name: author.name, team: author.team })
    : t('author.by', { name: author.name });
  return (
    <div className="author" title={t('author.title', { name: author.name })}>
      <span className="author__name">{by}</span>
      {author.unrevealed && <span className="author__flag">{t('author.hidden')}</span>}
      {author.accepted ? (
        <span className="author__accepted" role="img" aria-label={t('author.accepted')}>
          ✓
        </span>
      ) : (
        selected && (
          <button
            type="button"
            className="author__accept nodrag nopan"
            onClick={(e) => {
              e.stopPropagation();
              store
                .getState()
                .dispatch(
                  { type: 'card/update', id: cardId, patch: { author: { ...author, accepted: true } } },
                  t('author.accept'),
                );
            }}
          >
            {t('author.accept')}
          </button>
        )
      )}
    </div>
  );
}
