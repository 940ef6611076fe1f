/**
 * THE REFERENCE TABLE: every place where one entity of a map names another by id, and what a delete of the named
 * entity does to the one that names it. It is the only place these facts are written down. Derived from it:
 * - the document's integrity check (`findReferenceProblems` in `./document`),
 * - the per-command reference checks (`checkReferences` in `shared/commands/references`),
 * - the cascade on delete (`removeWithCascade` in `shared/commands/cascade`),
 * - the relational columns of the `.tandem` file (`electron/services/tables`): every single (non-list) reference of a
 *   collection is stored in a column named after its field in snake_case (`ownerTeamId` → `owner_team_id`).
 *
 * Adding an entity or a reference touches this table and the entity's own schema (`shared/schema/<entity>.ts`).
 * When the reference is stored in a column, it also needs a new migration in `electron/services/migrations.ts` that
 * adds the column with its foreign key: a test opens a fresh file and fails until the file's foreign keys agree with
 * this table. See docs/adr/0009-reference-table.md.
 */
import type { CollectionName, EntityOf, TandemDoc } from './document';

/** What a delete of the target does to an entity that names it. */
export type OnDelete =
  /** The holder is deleted with the target (a card with its lane). */
  | 'cascade'
  /** The field is set to null (a card whose owner team is deleted keeps existing, unowned). */
  | 'clear'
  /** The id is dropped from the list field (an action stops answering a deleted pain point). */
  | 'drop';

/** Where a reference lives: a collection of the document, or the map's meta (title block and settings). */
export type Holder = CollectionName | 'meta';

type HolderValue<H extends Holder> = H extends CollectionName ? EntityOf<H> : TandemDoc['meta'];
type KeysOfType<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

interface ReferenceBase<H extends Holder> {
  /** The collection (or the meta) the field lives on. */
  from: H;
  /** The collection the id points into. */
  to: CollectionName;
  /** How the check says it, after the holder: `card "c1" is in a lane that does not exist`. */
  phrase: string;
}

// A field that must hold an id may not be cleared: a delete of its target deletes the holder.
type SingleSpec<H extends Holder> = ReferenceBase<H> & {
  field: KeysOfType<HolderValue<H>, string | null>;
} & ({ nullable: false; onDelete: 'cascade' } | { nullable: true; onDelete: Exclude<OnDelete, 'drop'> });

type ListSpec<H extends Holder> = ReferenceBase<H> & {
  field: KeysOfType<HolderValue<H>, readonly string[]>;
  onDelete: Exclude<OnDelete, 'clear'>;
};

/** One row of the table: a field of a holder that names entities of another collection. */
export type Reference = {
  /** The collection (or the meta) the field lives on. */
  from: Holder;
  /** The field's name on the holder. */
  field: string;
  /** The collection the id points into. */
  to: CollectionName;
  /** How the check says it, after the holder: `card "c1" is in a lane that does not exist`. */
  phrase: string;
} & (
  | { kind: 'single'; nullable: boolean; onDelete: Exclude<OnDelete, 'drop'> }
  | { kind: 'list'; nullable: false; onDelete: Exclude<OnDelete, 'clear'> }
);

// The helpers tie `field` to the holder's type, so a misspelt or mistyped field does not compile.
const one = <H extends Holder>(r: SingleSpec<H>): Reference => ({ kind: 'single', ...r });
const many = <H extends Holder>(r: ListSpec<H>): Reference => ({ kind: 'list', nullable: false, ...r });

/** Every reference of a map. Holders come after their targets (the order of COLLECTIONS), meta last. */
export const REFERENCES: readonly Reference[] = [
  one({ from: 'cards', field: 'laneId', to: 'lanes', nullable: false, onDelete: 'cascade', phrase: 'is in a lane' }),
  one({ from: 'cards', field: 'stageId', to: 'stages', nullable: false, onDelete: 'cascade', phrase: 'is in a stage' }),
  one({
    from: 'cards',
    field: 'ownerTeamId',
    to: 'teams',
    nullable: true,
    onDelete: 'clear',
    phrase: 'is owned by a team',
  }),
  one({ from: 'links', field: 'fromId', to: 'cards', nullable: false, onDelete: 'cascade', phrase: 'joins a card' }),
  one({ from: 'links', field: 'toId', to: 'cards', nullable: false, onDelete: 'cascade', phrase: 'joins a card' }),
  one({
    from: 'painPoints',
    field: 'cardId',
    to: 'cards',
    nullable: false,
    onDelete: 'cascade',
    phrase: 'is on a card',
  }),
  one({
    from: 'opportunities',
    field: 'ownerTeamId',
    to: 'teams',
    nullable: true,
    onDelete: 'clear',
    phrase: 'is owned by a team',
  }),
  many({
    from: 'opportunities',
    field: 'painPointIds',
    to: 'painPoints',
    onDelete: 'drop',
    phrase: 'answers a pain point',
  }),
  one({
    from: 'metricValues',
    field: 'metricId',
    to: 'metrics',
    nullable: false,
    onDelete: 'cascade',
    phrase: 'is of a metric',
  }),
  one({
    from: 'metricValues',
    field: 'cardId',
    to: 'cards',
    nullable: true,
    onDelete: 'cascade',
    phrase: 'is on a card',
  }),
  one({
    from: 'metricValues',
    field: 'stageId',
    to: 'stages',
    nullable: true,
    onDelete: 'cascade',
    phrase: 'is on a stage',
  }),
  one({ from: 'notes', field: 'cardId', to: 'cards', nullable: true, onDelete: 'clear', phrase: 'is on a card' }),
  one({
    from: 'meta',
    field: 'customerPersonaId',
    to: 'personas',
    nullable: true,
    onDelete: 'clear',
    phrase: 'names a persona',
  }),
  one({
    from: 'meta',
    field: 'employeePersonaId',
    to: 'personas',
    nullable: true,
    onDelete: 'clear',
    phrase: 'names a persona',
  }),
];

/** How a user calls one entity of each collection, in messages. */
export const ENTITY_NOUNS: Record<CollectionName, string> = {
  stages: 'stage',
  lanes: 'lane',
  teams: 'team',
  personas: 'persona',
  cards: 'card',
  links: 'link',
  painPoints: 'pain point',
  opportunities: 'action',
  metrics: 'metric',
  metricValues: 'metric value',
  pairings: 'pairing',
  voteRounds: 'voting round',
  notes: 'note',
};

/** The references held by one collection (or by the meta), in table order. */
export function referencesFrom(holder: Holder): Reference[] {
  return REFERENCES.filter((r) => r.from === holder);
}

/** The ids a reference field of a holder names right now (none when it is null or absent). */
export function referencedIds(ref: Reference, holder: object): readonly string[] {
  const value = (holder as Record<string, unknown>)[ref.field];
  if (ref.kind === 'list') return Array.isArray(value) ? (value as string[]) : [];
  return typeof value === 'string' ? [value] : [];
}

/** The relational column a single reference of a collection is stored in: its field in snake_case. */
export function referenceColumn(ref: Reference): string {
  return ref.field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The sentence naming a dangling reference: holder, field and the missing id. */
function danglingMessage(ref: Reference, holderId: string | null, missing: string): string {
  const who = ref.from === 'meta' ? 'the map' : `${ENTITY_NOUNS[ref.from]} "${holderId}"`;
  return `${who} ${ref.phrase} that does not exist (${ref.field}: "${missing}")`;
}

/** Every reference of the document that names an entity that does not exist, as sentences a user can act on. */
export function findDanglingReferences(doc: TandemDoc): string[] {
  const problems: string[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  const idsOf = (c: CollectionName) => {
    const known = ids.get(c);
    if (known) return known;
    const set = new Set((doc[c] as { id: string }[]).map((e) => e.id));
    ids.set(c, set);
    return set;
  };
  for (const ref of REFERENCES) {
    const targets = idsOf(ref.to);
    const holders: { id: string | null; value: object }[] =
      ref.from === 'meta'
        ? [{ id: null, value: doc.meta }]
        : (doc[ref.from] as { id: string }[]).map((e) => ({ id: e.id, value: e }));
    for (const h of holders) {
      for (const id of referencedIds(ref, h.value)) if (!targets.has(id)) problems.push(danglingMessage(ref, h.id, id));
    }
  }
  return problems;
}
