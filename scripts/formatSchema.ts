// The JSON Schema of Tandem's JSON export, generated from the zod schemas the app itself validates maps with, so
// the published format cannot drift from the code. `npm run format-schema` writes it to docs/format/; a test
// checks the committed file is what this generates and that every export validates against it.
import { z } from 'zod';
import { JSON_FORMAT, JSON_VERSION } from '../shared/render/json';
import { SCHEMA_VERSION, tandemDocSchema } from '../shared/schema/document';

/** Where the schema is published, relative to the repository. */
export const FORMAT_SCHEMA_FILE = `docs/format/tandem-map.v${JSON_VERSION}.schema.json`;

/** The export envelope with the whole document inside, as a JSON Schema (draft 2020-12) object. */
export function exportJsonSchema(): Record<string, unknown> {
  const envelope = z
    .object({
      format: z.literal(JSON_FORMAT).describe('Always "tandem-map": what this file is.'),
      version: z
        .literal(JSON_VERSION)
        .describe('The version of this envelope; a reader refuses a newer one rather than guess.'),
      doc: tandemDocSchema.describe(
        `The map: its stages, lanes, cards, links, pain points, actions, teams, personas, metrics and pairings (document schema ${SCHEMA_VERSION}).`,
      ),
    })
    .strict();
  const schema = z.toJSONSchema(envelope, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema: schema.$schema,
    $id: `tandem-map.v${JSON_VERSION}.schema.json`,
    title: `Tandem map, JSON export version ${JSON_VERSION} (document schema ${SCHEMA_VERSION})`,
    description:
      'A lossless copy of one Tandem map, as `tandem export --format json` and File › Export › JSON write it and `tandem import-json` reads it. Beyond this schema, Tandem checks that ids are unique within each collection and that every reference (a card’s lane and stage, a link’s cards, a pain point’s card, …) names an entity that exists.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the published file holds it: two-space JSON ending in a newline. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
