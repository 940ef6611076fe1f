import Papa from 'papaparse';
import type { TandemDoc } from '../../../shared/schema/document';
import { actionRegister, painRegister, STATUS_LABEL } from '../../../shared/render/register';

// Excel opens a UTF-8 CSV as UTF-8 (Cyrillic, Chinese) only when it starts with a byte-order mark.
const BOM = '\uFEFF';

/**
 * Quotes with papaparse; escapeFormulae prefixes text cells that start with = + - @ so that a card titled
 * "=HYPERLINK(...)" stays text in a spreadsheet instead of becoming a formula. Numbers stay numbers.
 */
function toCsv(fields: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
}

const sideLabel = { customer: 'Customer', employee: 'Employee', both: 'Both' } as const;

/** The pain point register as CSV, ranked by priority (severity × reach × (1 + votes ÷ 10)). */
export function painPointsCsv(doc: TandemDoc): string {
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
  const rows = painRegister(doc).map((r) => [
    r.rank,
    r.priority,
    r.pain.title,
    r.card,
    r.stage,
    r.lane,
    sideLabel[r.pain.side],
    r.pain.severity,
    r.pain.reach,
    r.pain.votes,
    STATUS_LABEL[r.pain.status] ?? r.pain.status,
    r.team,
    r.pain.evidence,
    r.actions.join('; '),
  ]);
  return toCsv(fields, rows);
}

/** The actions with their owners and the pain they answer, as CSV. */
export function actionsCsv(doc: TandemDoc): string {
  const fields = [
    'Action',
    'Owner team',
    'Effort (1-5)',
    'Status',
    'Top priority answered',
    'Pain points answered',
    'Stages',
  ];
  const rows = actionRegister(doc).map((a) => [
    a.title,
    a.owner,
    a.effort,
    a.status,
    a.topPriority,
    a.painPoints.join('; '),
    a.stages.join('; '),
  ]);
  return toCsv(fields, rows);
}
