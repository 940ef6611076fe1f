import { z } from 'zod';
import { MAP_LIMITS, mapLimitMessage } from '../limits';
import { cardSchema } from './card';
import { laneSchema } from './lane';
import { linkSchema } from './link';
import { mapMetaSchema } from './map';
import { metricDefinitionSchema, metricValueSchema } from './metric';
import { noteSchema } from './note';
import { opportunitySchema } from './opportunity';
import { painPointSchema } from './painPoint';
import { personaSchema } from './persona';
import { findDanglingReferences } from './references';
import { stageSchema } from './stage';
import { pairingSchema } from './survey';
import { teamSchema } from './team';
import { voteRoundSchema } from './voteRound';

/** The document schema version this build of Tandem writes. */
export const SCHEMA_VERSION = 1;

/** The collections of a document, each an array of entities with an `id`. */
export const collectionSchemas = {
  stages: stageSchema,
  lanes: laneSchema,
  teams: teamSchema,
  personas: personaSchema,
  cards: cardSchema,
  links: linkSchema,
  painPoints: painPointSchema,
  opportunities: opportunitySchema,
  metrics: metricDefinitionSchema,
  metricValues: metricValueSchema,
  pairings: pairingSchema,
  voteRounds: voteRoundSchema,
  notes: noteSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
/** Collection names in dependency order: a collection only refers to those before it. */
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

const docShape = z.object({
  /** Schema version of this document. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Title block and map-wide settings. */
  meta: mapMetaSchema,
  /** Columns. */
  stages: z.array(stageSchema).max(MAP_LIMITS.stages, mapLimitMessage('stages')),
  /** Rows. */
  lanes: z.array(laneSchema).max(MAP_LIMITS.lanes, mapLimitMessage('lanes')),
  /** Teams. */
  teams: z.array(teamSchema).max(MAP_LIMITS.teams, mapLimitMessage('teams')),
  /** Personas. */
  personas: z.array(personaSchema).max(MAP_LIMITS.personas, mapLimitMessage('personas')),
  /** Cards. */
  cards: z.array(cardSchema).max(MAP_LIMITS.cards, mapLimitMessage('cards')),
  /** Links between cards. */
  links: z.array(linkSchema).max(MAP_LIMITS.links, mapLimitMessage('links')),
  /** Pain points on cards. */
  painPoints: z.array(painPointSchema).max(MAP_LIMITS.painPoints, mapLimitMessage('painPoints')),
  /** Opportunities / actions. */
  opportunities: z.array(opportunitySchema).max(MAP_LIMITS.opportunities, mapLimitMessage('opportunities')),
  /** Metric definitions. */
  metrics: z.array(metricDefinitionSchema).max(MAP_LIMITS.metrics, mapLimitMessage('metrics')),
  /** Hand-entered metric values. */
  metricValues: z.array(metricValueSchema).max(MAP_LIMITS.metricValues, mapLimitMessage('metricValues')),
  /** Customer ↔ employee question pairings. */
  pairings: z.array(pairingSchema).max(MAP_LIMITS.pairings, mapLimitMessage('pairings')),
  /** Dot-voting rounds of workshops, open or closed with their ranking; absent in maps made before voting. */
  voteRounds: z.array(voteRoundSchema).max(MAP_LIMITS.voteRounds, mapLimitMessage('voteRounds')).default([]),
  /** Notes from the room, on cards or in the parking lot; absent in maps made before notes. */
  notes: z.array(noteSchema).max(MAP_LIMITS.notes, mapLimitMessage('notes')).default([]),
});

/** One map. Survey responses and snapshots live beside it in the file, not in memory. */
export type TandemDoc = z.infer<typeof docShape>;
export type EntityOf<C extends CollectionName> = TandemDoc[C][number];

/**
 * What keeps a document whole: ids unique per collection, every reference (see `REFERENCES`) pointing at an entity
 * that exists, card keys unique. Returns the problems found, each naming the entity, the field and the id.
 */
export function findReferenceProblems(doc: TandemDoc): string[] {
  const problems: string[] = [];
  for (const c of COLLECTIONS) {
    const seen = new Set<string>();
    for (const e of doc[c]) {
      if (seen.has(e.id)) problems.push(`${c}: id "${e.id}" is used twice`);
      seen.add(e.id);
    }
  }
  problems.push(...findDanglingReferences(doc));
  const keys = new Map<string, string>();
  for (const c of doc.cards) {
    if (c.key === null) continue;
    const other = keys.get(c.key);
    if (other) problems.push(`cards "${other}" and "${c.id}" share the key "${c.key}"`);
    keys.set(c.key, c.id);
  }
  return problems;
}

/** The full document schema: shape plus referential integrity. */
export const tandemDocSchema = docShape.superRefine((doc, ctx) => {
  for (const message of findReferenceProblems(doc)) ctx.addIssue({ code: 'custom', message });
});
