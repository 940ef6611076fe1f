import type { CollectionName } from '../../shared/schema/document';
import { referenceColumn, referencesFrom } from '../../shared/schema/references';

type Row = Record<string, unknown>;

/** How each collection maps to its table: the relational columns beside the JSON `data` column. */
export interface TableSpec {
  table: string;
  /** Whether rows are ordered by `ord` (then id) rather than id alone. */
  ordered: boolean;
  /** Relational columns derived from the entity: its stored references (with foreign keys), sort key, lookup keys. */
  columns: Record<string, (e: Row) => unknown>;
  /** The file format whose migration made the table (absent: the first); an older file is judged without it. */
  since?: number;
}

const str = (k: string) => (e: Row) => e[k] ?? null;

/**
 * The reference table's single references of a collection, each as a column named after its field in snake_case
 * (`ownerTeamId` → `owner_team_id`), whose foreign key a migration declares. List references (an action's pain
 * points) and the meta's references live only in the JSON `data`.
 */
export function referenceColumns(c: CollectionName): Record<string, (e: Row) => unknown> {
  const columns: Record<string, (e: Row) => unknown> = {};
  for (const ref of referencesFrom(c)) if (ref.kind === 'single') columns[referenceColumn(ref)] = str(ref.field);
  return columns;
}

/** A collection's table: its reference columns, plus whatever else it stores beside the JSON. */
const table = (c: CollectionName, name: string, ordered: boolean, other: TableSpec['columns'] = {}): TableSpec => ({
  table: name,
  ordered,
  columns: { ...referenceColumns(c), ...other },
});

export const TABLES: Record<CollectionName, TableSpec> = {
  stages: table('stages', 'stages', true, { ord: str('order') }),
  lanes: table('lanes', 'lanes', true, { ord: str('order') }),
  teams: table('teams', 'teams', false),
  personas: table('personas', 'personas', false),
  cards: table('cards', 'cards', true, { card_key: str('key'), ord: str('order') }),
  links: table('links', 'links', false),
  painPoints: table('painPoints', 'pain_points', false),
  opportunities: table('opportunities', 'opportunities', false),
  metrics: table('metrics', 'metrics', false),
  metricValues: table('metricValues', 'metric_values', false),
  pairings: table('pairings', 'pairings', false),
  voteRounds: { ...table('voteRounds', 'vote_rounds', false), since: 5 },
  notes: { ...table('notes', 'notes', false), since: 7 },
};

/** `INSERT … ON CONFLICT DO UPDATE` for a table. */
export function upsertSql(spec: TableSpec): string {
  const cols = ['id', ...Object.keys(spec.columns), 'data'];
  const sets = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')}) ON CONFLICT(id) DO UPDATE SET ${sets.join(', ')}`;
}

/** The named parameters of an upsert for one entity. */
export function rowParams(spec: TableSpec, entity: Row): Row {
  const params: Row = { id: entity.id, data: JSON.stringify(entity) };
  for (const [col, get] of Object.entries(spec.columns)) params[col] = get(entity);
  return params;
}

/** `SELECT data` in canonical order. */
export function selectSql(spec: TableSpec): string {
  return `SELECT data FROM ${spec.table} ORDER BY ${spec.ordered ? 'ord, id' : 'id'}`;
}
