import { memo } from 'react';
import type { VocabKey } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';
import { useNumbers } from '../format/useNumbers';
import { SeverityChip } from '../painPoints/SeverityChip';
import { firstDirection, type RegisterRow, type Sort, type SortKey } from './registerRows';

// Column names are the register's own in the vocabulary, which the PDF and the CSV print too; the rank column shows "#".
const COLUMNS: { key: SortKey; name: VocabKey; numeric?: boolean }[] = [
  { key: 'rank', name: 'registerColumn.rank', numeric: true },
  { key: 'title', name: 'registerColumn.painPoint' },
  { key: 'card', name: 'registerColumn.card' },
  { key: 'stage', name: 'registerColumn.stage' },
  { key: 'lane', name: 'registerColumn.lane' },
  { key: 'team', name: 'registerColumn.team' },
  { key: 'side', name: 'registerColumn.side' },
  { key: 'severity', name: 'registerColumn.severity', numeric: true },
  { key: 'reach', name: 'registerColumn.reach', numeric: true },
  { key: 'votes', name: 'registerColumn.votes', numeric: true },
  { key: 'status', name: 'registerColumn.status' },
  { key: 'priority', name: 'registerColumn.priority', numeric: true },
];

interface Props {
  rows: readonly RegisterRow[];
  sort: Sort;
  onSort(sort: Sort): void;
  picked: ReadonlySet<string>;
  onPick(id: string, on: boolean): void;
  tracedId: string | null;
  onOpen(row: RegisterRow): void;
  onTrace(row: RegisterRow): void;
}

/** The register as a table: a header button per column sorts by it (again: the other way); a row click shows its card. */
export const PainRegisterTable = memo(function PainRegisterTable({
  rows,
  sort,
  onSort,
  picked,
  onPick,
  tracedId,
  onOpen,
  onTrace,
}: Props) {
  const t = useT('insight');
  const vocab = useVocabulary();
  const numbers = useNumbers();
  const header = (key: SortKey) => () =>
    onSort(sort.key === key ? { key, descending: !sort.descending } : { key, descending: firstDirection(key) });
  return (
    <table className="register__table">
      <thead>
        <tr>
          <th scope="col" className="register__pick">
            <span className="visually-hidden">{t('register.select')}</span>
          </th>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              className={c.numeric ? 'register__num' : undefined}
            >
              <button
                type="button"
                className="register__sort"
                onClick={header(c.key)}
                title={t('register.sortBy', { column: vocab(c.name).toLowerCase() })}
              >
                {c.key === 'rank' ? '#' : vocab(c.name)}
                <span aria-hidden="true" className="register__arrow">
                  {sort.key === c.key ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('register.trace')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.id}
            className={`register__row${tracedId === r.id ? ' register__row--traced' : ''}`}
            onClick={() => onOpen(r)}
            data-pain-id={r.id}
          >
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: only keeps a click on the checkbox from opening the row; keys never open it */}
            <td className="register__pick" onClick={(e) => e.stopPropagation()}>
              <input
                type="checkbox"
                aria-label={t('register.selectRow', { title: r.title })}
                checked={picked.has(r.id)}
                onChange={(e) => onPick(r.id, e.target.checked)}
              />
            </td>
            <td className="register__num">{r.rank}</td>
            <td className="register__title">
              <button
                type="button"
                className="register__open"
                title={t('register.showCard')}
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(r);
                }}
              >
                {r.title || t('untitled.painPoint')}
              </button>
            </td>
            <td>{r.card || t('untitled.card')}</td>
            <td>{r.stage}</td>
            <td>{r.lane}</td>
            <td>{r.team || '—'}</td>
            <td title={vocab(`painSide.${r.side}`)}>
              <span className="pp-side">{vocab(`painSideMark.${r.side}`)}</span>
            </td>
            <td className="register__num">
              <SeverityChip severity={r.severity} />
            </td>
            <td className="register__num">{r.reach}</td>
            <td className="register__num">{r.votes}</td>
            <td>{vocab(`painStatus.${r.status}`)}</td>
            <td className="register__num register__priority">{numbers.number(r.priority)}</td>
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: only keeps a click on Trace from opening the row; keys never open it */}
            <td onClick={(e) => e.stopPropagation()}>
              {r.side !== 'employee' && (
                <button
                  type="button"
                  className="pp-button"
                  aria-pressed={tracedId === r.id}
                  aria-label={t('register.traceRow', { title: r.title })}
                  onClick={() => onTrace(r)}
                >
                  {t('register.trace')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
