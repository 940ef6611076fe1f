import Papa from 'papaparse';
import { STATUS_LABEL } from '../../../shared/render/register';
import type { RegisterRow } from './registerRows';
import { SIDE_LABEL } from '../painPoints/painOptions';

// Excel reads a UTF-8 CSV as UTF-8 (Cyrillic, Chinese) only when it starts with a byte-order mark.
const BOM = '\uFEFF';

/**
 * The register rows as CSV, in the columns of the host's CSV export. escapeFormulae keeps a pain point titled
 * "=HYPERLINK(…)" text in a spreadsheet instead of a formula.
 */
export function registerCsv(
  rows: readonly RegisterRow[],
  evidence: ReadonlyMap<string, string>,
  actions: ReadonlyMap<string, string[]>,
): string {
  const fields = [
    'Rank',
    'Priority',
    'Pain point',
    'Card',
    'Stage',
    'Lane',
    'Side',
    'Severity',
    'Reach',
    'Votes',
    'Status',
    'Team',
    'Evidence',
    'Actions',
  ];
  const data = rows.map((r) => [
    r.rank,
    r.priority,
    r.title,
    r.card,
    r.stage,
    r.lane,
    SIDE_LABEL[r.side],
    r.severity,
    r.reach,
    r.votes,
    STATUS_LABEL[r.status] ?? r.status,
    r.team,
    evidence.get(r.id) ?? '',
    (actions.get(r.id) ?? []).join('; '),
  ]);
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
}
