import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';

interface Props {
  tags: readonly string[];
  /** Called with the whole new list; one call is one edit. */
  onChange(tags: string[]): void;
}

/** Splits typed text on commas into trimmed, non-empty tags not already present. */
function newTags(existing: readonly string[], typed: string): string[] {
  const seen = new Set(existing.map((t) => t.toLowerCase()));
  const out: string[] = [];
  for (const raw of typed.split(',')) {
    const tag = raw.trim().slice(0, 40);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Tags as removable chips; type and press Enter or a comma to add one (or several, comma-separated). */
export function TagsField({ tags, onChange }: Props) {
  const t = useT('app');
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const added = newTags(tags, draft);
    setDraft('');
    if (added.length) onChange([...tags, ...added]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {t('tags.label')}
      </label>
      <div className="tags">
        {tags.map((tag) => (
          <span key={tag} className="tags__chip">
            {tag}
            <button
              type="button"
              className="tags__remove"
              aria-label={t('tags.remove', { tag })}
              title={t('tags.remove', { tag })}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          className="tags__input"
          value={draft}
          placeholder={tags.length ? t('tags.addMore') : t('tags.addFirst')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
      </div>
    </div>
  );
}
