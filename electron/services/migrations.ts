import { brotliCompressSync, constants } from 'node:zlib';
import type { Database } from 'better-sqlite3';

/** `PRAGMA application_id` of every .tandem file: "TAND". */
export const TANDEM_APPLICATION_ID = 0x54414e44;

/**
 * Ordered migrations. Migration N takes a file from format N-1 to N; the file records its format in
 * `PRAGMA user_version`. Never edit a released migration: add a new one (and a fixture of the old format).
 */
export const MIGRATIONS: { version: number; description: string; up: (db: Database) => void }[] = [
  {
    version: 1,
    description: 'map tables',
    up: (db) =>
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE stages (id TEXT PRIMARY KEY, ord REAL NOT NULL, data TEXT NOT NULL);
        CREATE TABLE lanes (id TEXT PRIMARY KEY, ord REAL NOT NULL, data TEXT NOT NULL);
        CREATE TABLE teams (id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE personas (id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE cards (
          id TEXT PRIMARY KEY,
          lane_id TEXT NOT NULL REFERENCES lanes(id),
          stage_id TEXT NOT NULL REFERENCES stages(id),
          owner_team_id TEXT REFERENCES teams(id),
          card_key TEXT,
          ord REAL NOT NULL,
          data TEXT NOT NULL
        );
        CREATE INDEX cards_cell ON cards(lane_id, stage_id);
        CREATE INDEX cards_key ON cards(card_key);
        CREATE TABLE links (
          id TEXT PRIMARY KEY,
          from_id TEXT NOT NULL REFERENCES cards(id),
          to_id TEXT NOT NULL REFERENCES cards(id),
          data TEXT NOT NULL
        );
        CREATE TABLE pain_points (id TEXT PRIMARY KEY, card_id TEXT NOT NULL REFERENCES cards(id), data TEXT NOT NULL);
        CREATE TABLE opportunities (id TEXT PRIMARY KEY, owner_team_id TEXT REFERENCES teams(id), data TEXT NOT NULL);
        CREATE TABLE metrics (id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE metric_values (
          id TEXT PRIMARY KEY,
          metric_id TEXT NOT NULL REFERENCES metrics(id),
          card_id TEXT REFERENCES cards(id),
          stage_id TEXT REFERENCES stages(id),
          data TEXT NOT NULL
        );
        CREATE TABLE pairings (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      `),
  },
  {
    version: 2,
    description: 'survey responses, imports and snapshots',
    up: (db) =>
      db.exec(`
        CREATE TABLE survey_imports (
          id INTEGER PRIMARY KEY,
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL UNIQUE,
          imported_at TEXT NOT NULL,
          row_count INTEGER NOT NULL
        );
        CREATE TABLE survey_responses (
          id INTEGER PRIMARY KEY,
          import_id INTEGER NOT NULL REFERENCES survey_imports(id) ON DELETE CASCADE,
          interaction_id TEXT NOT NULL,
          respondent TEXT NOT NULL CHECK (respondent IN ('customer', 'employee')),
          touchpoint TEXT NOT NULL,
          question TEXT NOT NULL,
          value TEXT NOT NULL,
          answered_at TEXT,
          comment TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX survey_by_touchpoint ON survey_responses(touchpoint, question, respondent);
        CREATE INDEX survey_by_interaction ON survey_responses(interaction_id);
        CREATE TABLE snapshots (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          created_at TEXT NOT NULL,
          revision INTEGER NOT NULL,
          doc TEXT NOT NULL
        );
      `),
  },
  {
    version: 3,
    description: 'versions: kept states of the map, each a brotli-compressed document or a change from the one before',
    up: (db) => {
      db.exec(`
        CREATE TABLE versions (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          name TEXT,
          reason TEXT NOT NULL,
          created_at TEXT NOT NULL,
          revision INTEGER NOT NULL,
          doc_format INTEGER NOT NULL,
          body_kind TEXT NOT NULL CHECK (body_kind IN ('full', 'delta')),
          body BLOB NOT NULL,
          changes TEXT NOT NULL,
          size TEXT NOT NULL
        );
      `);
      // Format 2 kept named snapshots as whole documents in JSON: each becomes a named version, kept whole.
      const snapshots = db
        .prepare('SELECT id, name, created_at, revision, doc FROM snapshots ORDER BY created_at, id')
        .all() as { id: string; name: string; created_at: string; revision: number; doc: string }[];
      const insert = db.prepare(
        `INSERT INTO versions (id, seq, name, reason, created_at, revision, doc_format, body_kind, body, changes, size)
         VALUES (?, ?, ?, 'named', ?, ?, 1, 'full', ?, '[]', ?)`,
      );
      snapshots.forEach((s, i) => {
        const size = { stages: 0, lanes: 0, cards: 0, links: 0, painPoints: 0 };
        try {
          const doc = JSON.parse(s.doc) as Record<string, unknown>;
          for (const k of Object.keys(size) as (keyof typeof size)[])
            size[k] = Array.isArray(doc[k]) ? (doc[k] as unknown[]).length : 0;
        } catch {
          // A snapshot that is not JSON is still moved; reading it says it is damaged.
        }
        insert.run(
          s.id,
          i + 1,
          s.name,
          s.created_at,
          s.revision,
          brotliCompressSync(s.doc, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
          JSON.stringify(size),
        );
      });
      db.exec('DROP TABLE snapshots');
    },
  },
  {
    version: 4,
    description: 'survey imports remember how their touchpoint keys were assigned to cards',
    // A replacement file is read with the same assignments, so a corrected file lands where the first one did.
    // A file rewound to an older format number (a test's fixture) may have the column already.
    up: (db) => {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('survey_imports');
      if (!columns.includes('assignments'))
        db.exec(`ALTER TABLE survey_imports ADD COLUMN assignments TEXT NOT NULL DEFAULT '{}';`);
    },
  },
  {
    version: 5,
    description: 'dot-voting rounds of workshops, each with its items, counts and (named rounds) ballots',
    up: (db) => db.exec('CREATE TABLE IF NOT EXISTS vote_rounds (id TEXT PRIMARY KEY, data TEXT NOT NULL);'),
  },
  {
    version: 6,
    description: 'survey answers remember the site (store, branch, region) their interaction belongs to',
    // Nullable: answers imported before sites, and rows of a file without a site column, belong to no site and
    // count only in the whole population. No index: the per-site figures read every answer anyway (one scan).
    up: (db) => {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('survey_responses');
      if (!columns.includes('site')) db.exec('ALTER TABLE survey_responses ADD COLUMN site TEXT;');
    },
  },
  {
    version: 7,
    description: 'notes from the room, on a card or in the parking lot',
    // A note's card is a nullable reference (a loose note waits in the parking lot); deleting a card clears it.
    up: (db) =>
      db.exec(`
        CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, card_id TEXT REFERENCES cards(id), data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS notes_by_card ON notes(card_id);
      `),
  },
];

/** The file format this build writes. */
export const LATEST_FORMAT = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings a file up to the latest format, each migration in its own transaction. Returns the versions applied. */
export function migrate(db: Database): number[] {
  const applied: number[] = [];
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
