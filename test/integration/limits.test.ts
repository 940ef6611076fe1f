import { truncateSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import {
  MAP_LIMITS,
  MAX_JSON_FILE_BYTES,
  MAX_SURVEY_ANSWERS,
  MAX_SURVEY_BYTES,
  MAX_TANDEM_FILE_BYTES,
} from '../../shared/limits';
import { makeCard } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { checkCommand } from '../../electron/cli/commands/check';
import { importJsonCommand } from '../../electron/cli/commands/importJson';
import { handleCall, type SenderInfo } from '../../electron/main/ipc';
import { FakeWebContents } from '../../electron/main/testing/fakes';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { createSession } from '../../electron/services/session';
import { importSurvey } from '../../electron/services/surveyImport';
import { generateMap } from '../fixtures/generateMap';
import { generateSurvey } from '../fixtures/generateSurvey';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

/** What the brief of this suite promises: refused in under a second, at flat memory. */
const MAX_MS = 1_000;
const MAX_RSS_GROWTH = 200 * 1024 * 1024;
const MILLION = 1_000_000;

/** Runs `work` and reports how long it took and how much the process grew meanwhile. */
async function measured<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; growth: number }> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start, growth: process.memoryUsage().rss - rss };
}

/** A doc/patch putting a million empty cards, as JSON text (about 3 MB). */
const millionCardsText = (): string =>
  `{"command":{"type":"doc/patch","put":{"cards":[${'{},'.repeat(MILLION - 1)}{}]}},"baseRevision":0}`;

/** A map file whose cards table holds a million malformed rows, written behind Tandem's back with FKs off. */
function millionRowMap(dir: string): string {
  const file = join(dir, 'million.tandem');
  DocumentStore.create(file, createFromTemplate('blank')).close();
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MILLION})
    INSERT INTO cards (id, lane_id, stage_id, owner_team_id, card_key, ord, data)
    SELECT 'c' || i, 'nowhere', 'nowhen', NULL, NULL, i, '{"title": 7}' FROM n`);
  db.close();
  return file;
}

/** Posts one call to the browser host with its token, as the renderer does. */
function post(host: BrowserHost, name: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'X-Tandem-Token': host.token, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (s: string) => (text += s));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

afterAll(removeTempDirs);

/** Serves a fresh sample map from the browser host for each test of the calling describe block. */
function serveSampleMapPerTest(): () => BrowserHost {
  let host: BrowserHost | undefined;
  beforeEach(async () => {
    const dir = tempDir('tandem-limits-');
    const file = join(dir, 'map.tandem');
    DocumentStore.create(file, createFromTemplate('sample')).close();
    host = await startBrowserHost({ file, dataDir: join(dir, 'data'), rendererDir: join(dir, 'none'), version: '0' });
  });
  afterEach(() => host?.close());
  return () => {
    if (!host) throw new Error('no browser host is running');
    return host;
  };
}

describe('limits: the browser host', () => {
  const served = serveSampleMapPerTest();

  it('refuses a map/apply of a million empty cards in under a second at flat memory, then serves the next call', async () => {
    const host = served();
    const body = millionCardsText();
    const { result, ms, growth } = await measured(() => post(host, 'map/apply', body));
    expect(result.status).toBe(413);
    const envelope = JSON.parse(result.body) as ApiResult<unknown>;
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid_arguments',
        message: 'map/apply: a map holds at most 20,000 cards; this request has 1,000,000',
      },
    });
    expect(ms).toBeLessThan(MAX_MS);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);

    const current = JSON.parse((await post(host, 'map/current', '{}')).body) as ApiResult<{
      doc: { lanes: { id: string }[]; stages: { id: string }[] };
      revision: number;
    }>;
    if (!current.ok) throw new Error(current.error.message);
    const { lanes, stages } = current.data.doc;
    const card = makeCard({ laneId: lanes[0]!.id, stageId: stages[0]!.id, title: 'Still here' });
    const next = await post(
      host,
      'map/apply',
      JSON.stringify({ command: { type: 'card/add', card }, baseRevision: current.data.revision }),
    );
    expect(JSON.parse(next.body)).toEqual({ ok: true, data: { revision: current.data.revision + 1 } });
  });
});

describe('limits: validation stops at the first broken entity', () => {
  const served = serveSampleMapPerTest();

  it('refuses a patch of 100,000 empty entities, each within its limit, in under a second at flat memory', async () => {
    const host = served();
    const empties = (n: number) => Array.from({ length: n }, () => ({}));
    const command = {
      type: 'batch',
      commands: [
        { type: 'doc/patch', put: { cards: empties(20_000), links: empties(40_000), metricValues: empties(40_000) } },
      ],
    };
    const body = JSON.stringify({ command, baseRevision: 0 });
    const { result, ms, growth } = await measured(() => post(host, 'map/apply', body));
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_arguments',
        message:
          'map/apply: commands.0: doc/patch: put.cards.0: id: Invalid input: expected string, received undefined',
      },
    });
    expect(ms).toBeLessThan(MAX_MS);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
    const current = JSON.parse((await post(host, 'map/current', '{}')).body) as ApiResult<unknown>;
    expect(current).toMatchObject({ ok: true, data: { revision: 0 } });
  });
});

describe('limits: the Electron IPC handler', () => {
  it('refuses a message of a million empty cards in under a second at flat memory, then serves the next call', async () => {
    const dir = tempDir('tandem-limits-');
    const session = createSession({ host: 'electron', version: '0', dataDir: dir });
    try {
      await session.open(
        (() => {
          const file = join(dir, 'map.tandem');
          DocumentStore.create(file, createFromTemplate('sample')).close();
          return file;
        })(),
      );
      const window = new FakeWebContents();
      const event = { sender: window, senderFrame: window.mainFrame } as unknown as SenderInfo;
      const deps = { api: session.api, windowContents: () => window.asContents() };
      const cards = Array.from({ length: MILLION }, () => ({}));
      const args = { command: { type: 'doc/patch', put: { cards } }, baseRevision: 0 };
      const { result, ms, growth } = await measured(() => handleCall(event, 'map/apply', args, deps));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_arguments',
          message: 'map/apply: a map holds at most 20,000 cards; this message has 1,000,000',
        },
      });
      expect(ms).toBeLessThan(MAX_MS);
      expect(growth).toBeLessThan(MAX_RSS_GROWTH);
      expect(await handleCall(event, 'map/current', {}, deps)).toMatchObject({ ok: true, data: { revision: 0 } });
    } finally {
      session.close();
    }
  });
});

describe('limits: tandem import-json', () => {
  let dir: string;
  let source: string;
  beforeAll(() => {
    dir = tempDir('tandem-limits-');
    source = join(dir, 'million.json');
    const doc = { ...createFromTemplate('blank'), cards: '@' };
    writeFileSync(
      source,
      JSON.stringify({ format: 'tandem-map', version: 1, doc }).replace('"@"', `[${'{},'.repeat(MILLION - 1)}{}]`),
    );
  });

  it('refuses a file of a million empty cards in under a second at flat memory, creating nothing', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const out = join(dir, 'copy.tandem');
    const { result, ms, growth } = await measured(() =>
      importJsonCommand.run({ positionals: [source], values: { out }, io, cwd: dir }),
    );
    expect(result).toBe(1);
    expect(lines).toEqual([
      `tandem: ${source}: a map holds at most 20,000 cards; this file has 1,000,000. Nothing was created.`,
    ]);
    expect(ms).toBeLessThan(MAX_MS);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
    expect(checkFile(out).ok).toBe(false);
  });

  it('exits 1 with the limit named, not a crash, when run as a command', async () => {
    const result = await runCli(['import-json', 'million.json', '--out', 'copy.tandem'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/million\.json: a map holds at most 20,000 cards; this file has 1,000,000/);
  });
});

describe('limits: a map file with a million card rows', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir('tandem-limits-');
    file = millionRowMap(dir);
  }, 120_000);

  it('fails tandem check in under a second at flat memory, naming the limit', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const { result, ms, growth } = await measured(() =>
      checkCommand.run({ positionals: ['million.tandem'], values: {}, io, cwd: dir }),
    );
    expect(result).toBe(1);
    expect(lines).toEqual(['million.tandem: a map holds at most 20,000 cards; this file has 1,000,000']);
    expect(ms).toBeLessThan(MAX_MS);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
  });

  it('is refused when opened, in under a second at flat memory, and the session keeps serving', async () => {
    const session = createSession({ host: 'browser', version: '0', dataDir: join(dir, 'data') });
    try {
      const { result, ms, growth } = await measured(() =>
        session.open(file).then(
          () => null,
          (err: unknown) => err as { code: string; message: string },
        ),
      );
      expect(result?.code).toBe('damaged');
      expect(result?.message).toBe(
        '"million.tandem" is damaged: a map holds at most 20,000 cards; this file has 1,000,000. It was not opened; nothing in it was changed.',
      );
      expect(ms).toBeLessThan(MAX_MS);
      expect(growth).toBeLessThan(MAX_RSS_GROWTH);
      const other = join(dir, 'other.tandem');
      await session.api['map/new']({ path: other, template: 'blank' });
      expect(session.store()?.path).toBe(other);
    } finally {
      session.close();
    }
  });

  it('exits 1 from the real tandem check, not a crash', async () => {
    const result = await runCli(['check', 'million.tandem'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/at most 20,000 cards; this file has 1,000,000/);
  });
});

describe('limits: a map grows no further than its limits', () => {
  it('refuses the card past the limit, and the map stays as it was', () => {
    const dir = tempDir('tandem-limits-');
    const doc = createFromTemplate('blank');
    const [lane, stage] = [doc.lanes[0]!, doc.stages[0]!];
    const full = {
      ...doc,
      cards: Array.from({ length: MAP_LIMITS.cards }, (_, i) =>
        makeCard({ laneId: lane.id, stageId: stage.id, order: i, title: `Card ${i}` }),
      ),
    };
    const file = join(dir, 'full.tandem');
    const store = DocumentStore.create(file, full);
    try {
      const card = makeCard({ laneId: lane.id, stageId: stage.id, order: -1, title: 'One too many' });
      expect(() => store.apply({ type: 'card/add', card })).toThrow(
        'a map holds at most 20,000 cards; this change would make 20,001. Nothing was changed.',
      );
      expect(store.doc.cards).toHaveLength(MAP_LIMITS.cards);
      expect(store.revision).toBe(0);
    } finally {
      store.close();
    }
    expect(checkFile(file)).toMatchObject({ ok: true, summary: { cards: MAP_LIMITS.cards } });
  });
});

describe('limits: survey imports', () => {
  it('refuses a survey file over the size limit before reading a byte, changing nothing', async () => {
    const dir = tempDir('tandem-limits-');
    const store = DocumentStore.create(join(dir, 'map.tandem'), createFromTemplate('sample'));
    try {
      const csv = join(dir, 'huge.csv');
      writeFileSync(csv, 'interaction_id,respondent,touchpoint,question,value\n');
      truncateSync(csv, MAX_SURVEY_BYTES + 5 * 1024 * 1024);
      const { result, ms } = await measured(() =>
        importSurvey(store, csv).then(
          () => null,
          (err: unknown) => (err as Error).message,
        ),
      );
      expect(result).toBe(
        '"huge.csv" is 55 MB; Tandem imports survey files of at most 50 MB. Split it into smaller files; nothing was changed.',
      );
      expect(ms).toBeLessThan(MAX_MS);
      expect(store.database.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  });

  it('refuses a survey of more answers than one import takes, changing nothing', async () => {
    const dir = tempDir('tandem-limits-');
    const store = DocumentStore.create(join(dir, 'map.tandem'), generateMap(50));
    try {
      const csv = join(dir, 'many.csv');
      generateSurvey(csv, MAX_SURVEY_ANSWERS + 1);
      await expect(importSurvey(store, csv)).rejects.toThrow(
        '"many.csv" holds more than 500,000 answers, the most one import takes. Split it into smaller files; nothing was changed.',
      );
      expect(store.database.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  }, 120_000);
});

describe('limits: file sizes, checked before a byte is read', () => {
  it('refuses a JSON file over the size limit in tandem import-json', async () => {
    const dir = tempDir('tandem-limits-');
    const source = join(dir, 'huge.json');
    writeFileSync(source, '{');
    truncateSync(source, MAX_JSON_FILE_BYTES + 1024 * 1024);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const code = await importJsonCommand.run({
      positionals: ['huge.json'],
      values: { out: 'copy.tandem' },
      io,
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'tandem: huge.json is 65 MB; Tandem imports JSON files of at most 64 MB. Nothing was created.',
    ]);
  });

  it('refuses a map file over the size limit in check and when opening', () => {
    const dir = tempDir('tandem-limits-');
    const file = join(dir, 'huge.tandem');
    DocumentStore.create(file, createFromTemplate('blank')).close();
    truncateSync(file, MAX_TANDEM_FILE_BYTES + 1024 * 1024);
    const message = '"huge.tandem" is 1025 MB; Tandem opens map files of at most 1024 MB.';
    expect(checkFile(file)).toEqual({ ok: false, problems: [message] });
    expect(() => DocumentStore.open(file)).toThrow(message);
  });
});

describe('limits: text lengths', () => {
  it('refuses a card title over 500 characters and notes over 20,000, and the map stays as it was', () => {
    const dir = tempDir('tandem-limits-');
    const store = DocumentStore.create(join(dir, 'map.tandem'), createFromTemplate('sample'));
    try {
      const card = store.doc.cards[0]!;
      expect(() => store.apply({ type: 'card/update', id: card.id, patch: { title: 'x'.repeat(501) } })).toThrow(
        /title: must be at most 500 characters/,
      );
      expect(() => store.apply({ type: 'card/update', id: card.id, patch: { notes: 'x'.repeat(20_001) } })).toThrow(
        /notes: must be at most 20,000 characters/,
      );
      expect(store.doc.cards[0]).toEqual(card);
      expect(store.revision).toBe(0);
    } finally {
      store.close();
    }
  });
});
