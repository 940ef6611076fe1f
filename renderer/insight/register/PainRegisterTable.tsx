import { memo } from 'react';
import { label } from '../../../shared/vocabulary';
import { SeverityChip } from '../painPoints/SeverityChip';
import { firstDirection, type RegisterRow, type Sort, type SortKey } from './registerRows';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'rank', label: '#', numeric: true },
  { key: 'title', label: 'Pain point' },
  { key: 'card', label: 'Card' },
  { key: 'stage', label: 'Stage' },
  { key: 'lane', label: 'Lane' },
  { key: 'team', label: 'Team' },
  { key: 'side', label: 'Side' },
  { key: 'severity', label: 'Severity', numeric: true },
  { key: 'reach', label: 'Reach', numeric: true },
  { key: 'votes', label: 'Votes', numeric: true },
  { key: 'status', label: 'Status' },
  { key: 'priority', label: 'Priority', numeric: true },
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
  const header = (key: SortKey) => () =>
    onSort(sort.key === key ? { key, descending: !sort.descending } : { key, descending: firstDirection(key) });
  return (
    <table className="register__table">
      <thead>
        <tr>
          <th scope="col" className="register__pick">
            <span className="visually-hidden">Select</span>
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
                title={`Sort by ${c.label === '#' ? 'rank' : c.label.toLowerCase()}`}
              >
                {c.label}
                <span aria-hidden="true" className="register__arrow">
                  {sort.key === c.key ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Trace</span>
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
            <td className="register__pick" onClick={(e) => e.stopPropagation()}>
              <input
                type="checkbox"
                aria-label={`Select ${r.title}`}
                checked={picked.has(r.id)}
                onChange={(e) => onPick(r.id, e.target.checked)}
              />
            </td>
            <td className="register__num">{r.rank}</td>
            <td className="register__title">
              <button
                type="button"
                className="register__open"
                title="Show its card"
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(r);
                }}
              >
                {r.title || 'Untitled pain point'}
              </button>
            </td>
            <td>{r.card || 'Untitled card'}</td>
            <td>{r.stage}</td>
            <td>{r.lane}</td>
            <td>{r.team || '—'}</td>
            <td title={label(`painSide.${r.side}`)}>
              <span className="pp-side">{label(`painSideMark.${r.side}`)}</span>
            </td>
            <td className="register__num">
              <SeverityChip severity={r.severity} />
            </td>
            <td className="register__num">{r.reach}</td>
            <td className="register__num">{r.votes}</td>
            <td>{label(`painStatus.${r.status}`)}</td>
            <td className="register__num register__priority">{r.priority}</td>
            <td onClick={(e) => e.stopPropagation()}>
              {r.side !== 'employee' && (
                <button
                  type="button"
                  className="pp-button"
                  aria-pressed={tracedId === r.id}
                  aria-label={`Trace ${r.title}`}
                  onClick={() => onTrace(r)}
                >
                  Trace
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
