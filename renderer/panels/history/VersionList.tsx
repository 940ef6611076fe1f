import type { KeyboardEvent } from 'react';
import { summaryLine } from '../../../shared/history/summary';
import type { VersionInfo } from '../../../shared/schema/version';
import { label } from '../../../shared/vocabulary';
import { versionTime } from '../../store/versionTime';
import { useT, useVocabulary } from '../../i18n';

/** Up and Down (and Home, End) move between the versions, as in any list. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>): void {
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('.version-item'));
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const to =
    e.key === 'ArrowDown'
      ? Math.min(items.length - 1, at + 1)
      : e.key === 'ArrowUp'
        ? Math.max(0, at - 1)
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? items.length - 1
            : null;
  if (to === null || to < 0) return;
  e.preventDefault();
  items[to]?.focus();
}

/** The versions, newest first: when, its name (or why it was kept) and what changed since the one before. */
export function VersionList({
  versions,
  shownId,
  onPick,
}: {
  versions: readonly VersionInfo[];
  shownId: string | null;
  onPick: (v: VersionInfo) => void;
}) {
  const t = useT('panels');
  const vocabulary = useVocabulary();
  return (
    <ul className="version-list" aria-label={t('history.list')} onKeyDown={moveFocus}>
      {versions.map((v, i) => (
        <li key={v.id}>
          <button
            type="button"
            className={`version-item${v.id === shownId ? ' version-item--shown' : ''}`}
            aria-current={v.id === shownId ? 'true' : undefined}
            onClick={() => onPick(v)}
          >
            <span className="version-item__time">{versionTime(v.createdAt)}</span>
            <span className={`version-item__name${v.name ? '' : ' version-item__name--auto'}`}>
              {v.name ?? label(`versionReason.${v.reason}`, { t: vocabulary })}
            </span>
            <span className="version-item__summary">
              {v.changes.length === 0 && i === versions.length - 1 ? t('history.first') : summaryLine(v.changes)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
