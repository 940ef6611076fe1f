// The published JSON Schema of the export (docs/format/) against what Tandem really writes, with ajv, an
// implementation of JSON Schema that knows nothing of zod: what another tool reading the format would use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../electron/services/session';
import { exportJsonSchema, FORMAT_SCHEMA_FILE } from '../../scripts/formatSchema';
import { dispatch } from '../../shared/api/dispatch';
import { makeCard } from '../../shared/factories';
import { exportJson } from '../../shared/render/json';
import { createFromTemplate, TEMPLATES } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = tempDirPerTest();
const require = createRequire(import.meta.url);
type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
const Ajv2020 = require('ajv/dist/2020') as new (options: object) => { compile(schema: unknown): Validate };

const published = readFileSync(join(root, FORMAT_SCHEMA_FILE), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(published));
/** Ajv's complaints about a value, as "path message" lines (empty when it is valid). */
const problems = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the JSON Schema of the export in docs/format', () => {
  it('is exactly what the zod schemas generate (run `npm run format-schema` after changing them)', () => {
    expect(JSON.parse(published)).toEqual(exportJsonSchema());
  });

  it('is a valid JSON Schema 2020-12 that ajv compiles in strict mode', () => {
    expect(JSON.parse(published)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    expect(typeof validate).toBe('function');
  });

  it('accepts the export of every template and of a map with text in every script', () => {
    for (const t of TEMPLATES) expect(problems(JSON.parse(exportJson(createFromTemplate(t.name)))), t.name).toEqual([]);
    const doc = createFromTemplate('sample');
    doc.cards.push(
      makeCard({ laneId: doc.lanes[1]?.id ?? '', stageId: doc.stages[0]?.id ?? '', title: 'Оплата 在收银台付款' }),
    );
    expect(problems(JSON.parse(exportJson(doc)))).toEqual([]);
  });

  it('accepts the file that File › Export › JSON writes', async () => {
    const dir = tempDir();
    const session = createSession({ host: 'browser', version: 't', dataDir: join(dir, 'data') });
    await session.api['map/new']({
      path: join(dir, 'bank.tandem'),
      template: 'linked-cx-ex',
      title: 'Open an account',
    });
    const out = join(dir, 'bank.json');
    expect(await dispatch(session.api, 'export/run', { format: 'json', path: out })).toMatchObject({ ok: true });
    session.close();
    expect(problems(JSON.parse(readFileSync(out, 'utf8')))).toEqual([]);
  });

  it('refuses what is not a Tandem map, naming where', () => {
    const good = JSON.parse(exportJson(createFromTemplate('sample'))) as {
      format: string;
      doc: { cards: Array<Record<string, unknown>>; lanes: Array<Record<string, unknown>> };
    };
    expect(problems({ ...good, format: 'other' })).toContain('/format must be equal to constant');
    const card = good.doc.cards[0] as Record<string, unknown>;
    card.title = 42;
    expect(problems(good)).toContain('/doc/cards/0/title must be string');
    (good.doc.lanes[0] as Record<string, unknown>).kind = 'basement';
    expect(problems(good).some((p) => p.startsWith('/doc/lanes/0/kind'))).toBe(true);
  });
});
