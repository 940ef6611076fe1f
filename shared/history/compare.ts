import { z } from 'zod';
import { COLLECTIONS, type CollectionName, type TandemDoc } from '../schema/document';
import { changeCountSchema, changedObjectSchema, type ChangeCount, type ChangedObject } from '../schema/version';
import { changedFields } from './sameValue';

/** One object that differs between two versions of a map, named by its title so a reader knows which it is. */
export const objectChangeSchema = z.object({
  object: changedObjectSchema,
  change: z.enum(['added', 'removed', 'changed']),
  id: z.string(),
  /** Its title (the newer one for a changed object, the last one for a removed object). */
  title: z.string(),
  /** For a changed object: the fields that differ. */
  fields: z.array(z.string()),
  /** Its title before, when it was retitled. */
  was: z.string().nullable(),
  /** For a card that moved between stages or lanes: where it was and where it is, by name. */
  moved: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type ObjectChange = z.infer<typeof objectChangeSchema>;

/** Everything that differs between two versions of a map, and the counts that sum it up in a line. */
export const comparisonSchema = z.object({
  changes: z.array(objectChangeSchema),
  counts: z.array(changeCountSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

type Entity = { id: string } & Record<string, unknown>;

/** The field that names an object of each collection. */
const NAME_FIELD: Partial<Record<CollectionName, string>> = {
  stages: 'name',
  lanes: 'title',
  teams: 'name',
  personas: 'name',
  cards: 'title',
  painPoints: 'title',
  opportunities: 'title',
  metrics: 'name',
  pairings: 'label',
  voteRounds: 'title',
  notes: 'text',
};

/** The order the one-line summary speaks of objects in: what a workshop changes most first. */
export const SUMMARY_ORDER: readonly ChangedObject[] = [
  'cards',
  'painPoints',
  'links',
  'stages',
  'lanes',
  'opportunities',
  'teams',
  'personas',
  'metrics',
  'metricValues',
  'pairings',
  'voteRounds',
  'notes',
  'map',
];
const CHANGE_ORDER: ChangeCount['change'][] = ['added', 'removed', 'changed', 'renamed', 'moved'];

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A readable title of an object in the map it belongs to; an untitled object is named by what it hangs on. */
function titleOf(doc: TandemDoc, c: CollectionName, e: Entity): string {
  const field = NAME_FIELD[c];
  const own = field ? text(e[field]) : '';
  if (own) return own;
  const card = (id: unknown) => text(doc.cards.find((x) => x.id === id)?.title) || 'untitled card';
  if (c === 'links') return `${card(e.fromId)} → ${card(e.toId)}`;
  if (c === 'painPoints') return `pain point on ${card(e.cardId)}`;
  if (c === 'metricValues') return text(doc.metrics.find((m) => m.id === e.metricId)?.name) || 'metric value';
  if (c === 'cards') return 'untitled card';
  return e.id;
}

function cellName(doc: TandemDoc, card: Entity): string {
  const stage = doc.stages.find((s) => s.id === card.stageId)?.name || 'a stage';
  const lane = doc.lanes.find((l) => l.id === card.laneId)?.title || 'a lane';
  return `${stage} · ${lane}`;
}

/** How a changed object's line in the summary reads: renamed, moved (place only) or changed. */
function kindOfChange(c: CollectionName, fields: string[]): ChangeCount['change'] {
  const name = NAME_FIELD[c];
  if (name && fields.length === 1 && fields[0] === name) return 'renamed';
  if (fields.every((f) => f === 'order' || f === 'stageId' || f === 'laneId')) return 'moved';
  return 'changed';
}

/** The one-line counts of a list of changes, in the summary's order. */
export function countChanges(changes: readonly Pick<ObjectChange, 'object' | 'change' | 'fields'>[]): ChangeCount[] {
  const counts = new Map<string, ChangeCount>();
  for (const ch of changes) {
    const kind =
      ch.change === 'changed' && ch.object !== 'map' ? kindOfChange(ch.object as CollectionName, ch.fields) : ch.change;
    const key = `${ch.object}/${kind}`;
    const found = counts.get(key);
    if (found) found.count += 1;
    else counts.set(key, { object: ch.object, change: kind, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) =>
      SUMMARY_ORDER.indexOf(a.object) - SUMMARY_ORDER.indexOf(b.object) ||
      CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change),
  );
}

/**
 * What differs from `from` to `to`, object by object, matched by id (never by position): added, removed and changed
 * objects of every collection with their titles, a retitled object's old title, a card's move between cells.
 */
export function compareDocs(from: TandemDoc, to: TandemDoc): Comparison {
  const changes: ObjectChange[] = [];
  for (const c of COLLECTIONS) {
    const before = from[c] as Entity[];
    const after = to[c] as Entity[];
    if (before === after) continue;
    const old = new Map(before.map((e) => [e.id, e]));
    for (const e of after) {
      const was = old.get(e.id);
      old.delete(e.id);
      const base = { object: c, id: e.id, title: titleOf(to, c, e), was: null, moved: null };
      if (was === undefined) {
        changes.push({ ...base, change: 'added', fields: [] });
        continue;
      }
      const fields = changedFields(was, e);
      if (fields.length === 0) continue;
      const name = NAME_FIELD[c];
      const retitled = name !== undefined && fields.includes(name) ? titleOf(from, c, was) : null;
      const moved =
        c === 'cards' && (fields.includes('stageId') || fields.includes('laneId'))
          ? { from: cellName(from, was), to: cellName(to, e) }
          : null;
      changes.push({ ...base, change: 'changed', fields, was: retitled, moved });
    }
    for (const e of old.values())
      changes.push({
        object: c,
        change: 'removed',
        id: e.id,
        title: titleOf(from, c, e),
        fields: [],
        was: null,
        moved: null,
      });
  }
  const meta = changedFields(from.meta, to.meta);
  if (meta.length > 0)
    changes.push({
      object: 'map',
      change: 'changed',
      id: 'map',
      title: to.meta.title,
      fields: meta,
      was: null,
      moved: null,
    });
  return { changes, counts: countChanges(changes) };
}
