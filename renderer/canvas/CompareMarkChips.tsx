import { useCardT } from '../insight/format/useLanguageNow';
import { useEditor } from '../store/useEditor';

/** Pain points of this card added, changed or removed since the version compared with, as small chips. */
export function CompareMarkChips({ cardId }: { cardId: string }) {
  const t = useCardT('canvas');
  const pains = useEditor((s) => s.viewing?.marks?.pains.get(cardId) ?? null);
  if (!pains) return null;
  const chips = [
    pains.added > 0 && { mark: 'added', text: t('compare.painAdded', { count: pains.added }) },
    pains.changed > 0 && { mark: 'changed', text: t('compare.painChanged', { count: pains.changed }) },
    pains.removed > 0 && { mark: 'removed', text: t('compare.painRemoved', { count: pains.removed }) },
  ].filter((c): c is { mark: string; text: string } => c !== false);
  return (
    <>
      {chips.map((c) => (
        <span key={c.mark} className={`card__pain-mark card__pain-mark--${c.mark}`} data-mark={c.mark}>
          {c.text}
        </span>
      ))}
    </>
  );
}
