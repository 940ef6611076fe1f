import type { PainPoint } from '../../../shared/schema/painPoint';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import '../../styles/authorship.css';

/** Who added a pain point in a live workshop (shown as text), whether it waits for Reveal, and Accept. */
export function PainPointAuthor({ pain }: { pain: PainPoint }) {
  const t = useT('workshop');
  const store = useEditorStore();
  const author = pain.author;
  if (!author) return null;
  const by = author.team
    ? t('author.byTeam', { name: author.name, team: author.team })
    : t('author.by', { name: author.name });
  return (
    <div className="author pp-item__author">
      <span className="author__name" title={t('author.title', { name: author.name })}>
        {by}
      </span>
      {author.unrevealed && <span className="author__flag">{t('author.hidden')}</span>}
      {author.accepted ? (
        <span className="author__accepted" role="img" aria-label={t('author.accepted')}>
          ✓
        </span>
      ) : (
        <button
          type="button"
          className="author__accept"
          onClick={() =>
            store
              .getState()
              .dispatch(
                { type: 'painPoint/update', id: pain.id, patch: { author: { ...author, accepted: true } } },
                t('author.accept'),
              )
          }
        >
          {t('author.accept')}
        </button>
      )}
    </div>
  );
}
