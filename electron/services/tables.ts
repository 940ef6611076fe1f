import type { CollectionName } from '../../shared/schema/document';

type Row = Record<string, unknown>;

/** How each collection maps to its table: the relational columns beside the JSON `data` column. */
export interface TableSpec {
  table: string;
  /** Whether rows are ordered by `ord` (then id) rather than id alone. */
  ordered: boolean;
  /** Relational columns derived from the entity (foreign keys, sort key, lookup keys). */
  columns: Record<string, (e: Row) => unknown>;
}

const str = (k: string) => (e: Row) => e[k] ?? null;

export const TABLES: Record<CollectionName, TableSpec> = {
  stages: { table: 'stages', ordered: true, columns: { ord: str('order') } },
  lanes: { table: 'lanes', ordered: true, columns: { ord: str('order') } },
  teams: { table: 'teams', ordered: false, columns: {} },
  personas: { table: 'personas', ordered: false, columns: {} },
  cards: {
    table: 'cards',
    ordered: true,
    columns: {
      lane_id: str('laneId'),
      stage_id: str('stageId'),
      owner_team_id: str('ownerTeamId'),
      card_key: str('key'),
      ord: str('order'),
    },
  },
  links: { table: 'links', ordered: false, columns: { from_id: str('fromId'), to_id: str('toId') } },
  painPoints: { table: 'pain_points', ordered: false, columns: { card_id: str('cardId') } },
  opportunities: { table: 'opportunities', ordered: false, columns: { owner_team_id: str('ownerTeamId') } },
  metrics: { table: 'metrics', ordered: false, columns: {} },
  metricValues: {
    table: 'metric_values',
    ordered: false,
    columns: { metric_id: str('metricId'), card_id: str('cardId'), stage_id: str('stageId') },
  },
  pairings: { table: 'pairings', ordered: false, columns: {} },
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
