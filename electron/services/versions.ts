import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { parseDocumentBounded } from '../../shared/boundedParse';
import { docPatchSchema, type DocPatch } from '../../shared/commands/patch';
import { compareDocs } from '../../shared/history/compare';
import { applyStoredDelta, composeDeltas, docDelta } from '../../shared/history/delta';
import { versionsToThin } from '../../shared/history/retention';
import { newId } from '../../shared/ids';
import { MAX_JSON_FILE_BYTES, MAX_VERSIONS } from '../../shared/limits';
import { SCHEMA_VERSION, findReferenceProblems, type TandemDoc } from '../../shared/schema/document';
import {
  changeCountSchema,
  versionSizeSchema,
  type VersionInfo,
  type VersionReason,
  type VersionSize,
} from '../../shared/schema/version';
import { z } from 'zod';

type Db = Database.Database;

interface Row {
  id: string;
  seq: number;
  name: string | null;
  reason: string;
  created_at: string;
  revision: number;
  changes: string;
  size: string;
}

/**
 * How a body is compressed: brotli at quality 5. On the 2,000-card map (642 kB of JSON) it makes 66 kB in 11 ms and
 * reads back in about 1 ms; deflate makes 73 kB in the same time, brotli's best 55 kB in 1.9 s (docs/adr/0014).
 */
export function pack(json: string): Buffer {
  return brotliCompressSync(json, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json) },
  });
}

/** A stored body as text, never longer than a JSON file Tandem imports (a crafted body cannot inflate past it). */
export function unpack(body: Buffer): string {
  return brotliDecompressSync(body, { maxOutputLength: MAX_JSON_FILE_BYTES }).toString('utf8');
}

interface StoredRow {
  id: string;
  body_kind: string;
  body: Buffer;
  doc_format: number;
}

const INFO_COLUMNS = 'id, seq, name, reason, created_at, revision, changes, size';
const changesSchema = z.array(changeCountSchema).max(60);

function sizeOf(doc: TandemDoc): VersionSize {
  return {
    stages: doc.stages.length,
    lanes: doc.lanes.length,
    cards: doc.cards.length,
    links: doc.links.length,
    painPoints: doc.painPoints.length,
  };
}

/** A stored row as the History panel lists it; what cannot be read is shown as nothing rather than refused. */
function infoOf(row: Row): VersionInfo {
  const json = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
  const changes = changesSchema.safeParse(json(row.changes));
  const size = versionSizeSchema.safeParse(json(row.size));
  return {
    id: row.id,
    name: row.name,
    reason:
      (['auto', 'named', 'closed', 'before-edit', 'before-restore', 'workshop'] as const).find(
        (r) => r === row.reason,
      ) ?? 'auto',
    createdAt: row.created_at,
    revision: row.revision,
    changes: changes.success ? changes.data : [],
    size: size.success ? size.data : { stages: 0, lanes: 0, cards: 0, links: 0, painPoints: 0 },
  };
}

/**
 * The versions kept inside a .tandem file (docs/adr/0014-versions.md). Each is stored compressed, either whole
 * (`full`) or as the doc/patch from the version before it (`delta`); a new whole version is written when the changes
 * since the last whole one outweigh it, so reading any version costs at most about two whole documents. Reading goes
 * through the same bounded parse as opening a map.
 */
export class VersionStore {
  private readonly db: Db;
  /** The newest version's document, kept after writing or reading it: the base of the next delta. */
  private newest: { id: string; doc: TandemDoc } | null = null;

  constructor(db: Db) {
    this.db = db;
  }

  /** Every version, newest first. */
  list(): VersionInfo[] {
    const rows = this.db
      .prepare(`SELECT ${INFO_COLUMNS} FROM versions ORDER BY seq DESC LIMIT ?`)
      .all(MAX_VERSIONS) as Row[];
    return rows.map(infoOf);
  }

  /** The newest version, if any. */
  latest(): VersionInfo | null {
    const row = this.db.prepare(`SELECT ${INFO_COLUMNS} FROM versions ORDER BY seq DESC LIMIT 1`).get() as
      | Row
      | undefined;
    return row ? infoOf(row) : null;
  }

  /** A version by its id, or else by its name (the newest of that name), as the command line names them. */
  find(ref: string): VersionInfo {
    const byId = this.db.prepare(`SELECT ${INFO_COLUMNS} FROM versions WHERE id = ?`).get(ref) as Row | undefined;
    const row =
      byId ??
      (this.db.prepare(`SELECT ${INFO_COLUMNS} FROM versions WHERE name = ? ORDER BY seq DESC LIMIT 1`).get(ref) as
        | Row
        | undefined);
    if (!row) throw new ApiFailure('not_found', `There is no version "${ref}" in this map.`);
    return infoOf(row);
  }

  /**
   * Keeps `doc` as a new version. A named version is always kept; any other is skipped (null) when the map is the
   * same as the newest version. Retention then thins the automatic ones.
   */
  keep(
    doc: TandemDoc,
    revision: number,
    opts: { reason: VersionReason; name?: string | null; now?: Date },
  ): VersionInfo | null {
    const now = opts.now ?? new Date();
    const last = this.latest();
    const base = last ? this.read(last.id) : null;
    const delta = base ? docDelta(base, doc) : null;
    if (base && delta === null && opts.reason !== 'named') return null;
    const count = this.db.prepare('SELECT count(*) FROM versions').pluck().get() as number;
    if (count >= MAX_VERSIONS)
      throw new ApiFailure('invalid', `a map keeps at most ${MAX_VERSIONS} versions; this one has ${count}.`);
    const changes = base ? compareDocs(base, doc).counts.slice(0, 60) : [];
    const seq = ((this.db.prepare('SELECT max(seq) FROM versions').pluck().get() as number | null) ?? 0) + 1;
    const deltaBody = delta === null ? null : pack(JSON.stringify(delta));
    const body = deltaBody && this.deltaFits(deltaBody.length) ? deltaBody : pack(JSON.stringify(doc));
    const id = newId();
    // The new version and the thinning it brings are one commit.
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO versions (id, seq, name, reason, created_at, revision, doc_format, body_kind, body, changes, size)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          seq,
          opts.name ?? null,
          opts.reason,
          now.toISOString(),
          revision,
          SCHEMA_VERSION,
          body === deltaBody ? 'delta' : 'full',
          body,
          JSON.stringify(changes),
          JSON.stringify(sizeOf(doc)),
        );
      this.thin(now);
    })();
    this.newest = { id, doc };
    return this.find(id);
  }

  /** The document of a version, read through the same checks as opening a map. */
  read(id: string): TandemDoc {
    if (this.newest?.id === id) return this.newest.doc;
    const target = this.db.prepare('SELECT seq FROM versions WHERE id = ?').pluck().get(id) as number | undefined;
    if (target === undefined) throw new ApiFailure('not_found', `There is no version "${id}" in this map.`);
    const start = this.db
      .prepare("SELECT max(seq) FROM versions WHERE seq <= ? AND body_kind = 'full'")
      .pluck()
      .get(target) as number | null;
    if (start === null) throw this.damaged(id, 'the versions before it are missing');
    let doc: TandemDoc | null = null;
    // The deltas after the whole version are composed first (cheap: as large as the changes) and applied once.
    let delta: DocPatch | null = null;
    for (const row of this.db
      .prepare('SELECT id, body_kind, body, doc_format FROM versions WHERE seq >= ? AND seq <= ? ORDER BY seq')
      .iterate(start, target) as IterableIterator<StoredRow>) {
      const body = this.decode(row);
      if (body.kind === 'full') doc = body.doc;
      else delta = delta ? composeDeltas(delta, body.patch) : body.patch;
    }
    if (doc === null) throw this.damaged(id, 'it could not be read');
    if (delta) doc = applyStoredDelta(doc, delta);
    // The deltas were applied without checking references: the map they make is checked once, whole.
    const broken = findReferenceProblems(doc);
    if (broken.length > 0) throw this.damaged(id, broken.slice(0, 3).join('; '));
    const latest = this.latest();
    if (latest?.id === id) this.newest = { id, doc };
    return doc;
  }

  /**
   * Removes versions (named ones included, when the user asks), keeping every later version readable: the change a
   * removed version made is folded into the version after it, or that version is written whole.
   */
  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const next = this.db.prepare(
      'SELECT id, body_kind, body, doc_format FROM versions WHERE seq > (SELECT seq FROM versions WHERE id = ?) ORDER BY seq LIMIT 1',
    );
    const one = this.db.prepare('SELECT id, body_kind, body, doc_format FROM versions WHERE id = ?');
    const update = this.db.prepare('UPDATE versions SET body_kind = ?, body = ? WHERE id = ?');
    const del = this.db.prepare('DELETE FROM versions WHERE id = ?');
    const order = this.db.prepare('SELECT id FROM versions ORDER BY seq').pluck().all() as string[];
    this.db.transaction(() => {
      for (const id of order.filter((v) => gone.has(v))) {
        const row = one.get(id) as StoredRow | undefined;
        const after = next.get(id) as StoredRow | undefined;
        if (row && after && after.body_kind === 'delta') {
          const removed = this.decode(row);
          const following = this.decode(after);
          if (following.kind === 'delta') {
            if (removed.kind === 'delta')
              update.run('delta', pack(JSON.stringify(composeDeltas(removed.patch, following.patch))), after.id);
            else update.run('full', pack(JSON.stringify(applyStoredDelta(removed.doc, following.patch))), after.id);
          }
        }
        del.run(id);
      }
    })();
    if (this.newest && gone.has(this.newest.id)) this.newest = null;
  }

  /** Applies retention at `now`; returns the ids removed. */
  thin(now: Date): string[] {
    const all = this.db.prepare('SELECT id, name, reason, created_at FROM versions').all() as {
      id: string;
      name: string | null;
      reason: string;
      created_at: string;
    }[];
    const drop = versionsToThin(
      all.map((v) => ({ id: v.id, createdAt: v.created_at, named: v.reason === 'named' })),
      now,
    );
    this.remove(drop);
    return drop;
  }

  /** Whether a delta of `bytes` may follow: the deltas since the last whole version stay lighter than it. */
  private deltaFits(bytes: number): boolean {
    const last = this.db
      .prepare("SELECT seq, length(body) AS bytes FROM versions WHERE body_kind = 'full' ORDER BY seq DESC LIMIT 1")
      .get() as { seq: number; bytes: number } | undefined;
    if (!last) return false;
    const since =
      (this.db.prepare('SELECT sum(length(body)) FROM versions WHERE seq > ?').pluck().get(last.seq) as
        | number
        | null) ?? 0;
    return since + bytes <= last.bytes;
  }

  /** One stored body: a whole document, or the change from the version before. */
  private decode(row: StoredRow): { kind: 'full'; doc: TandemDoc } | { kind: 'delta'; patch: DocPatch } {
    if (row.doc_format > SCHEMA_VERSION)
      throw new ApiFailure(
        'unsupported',
        `Version "${row.id}" was kept by a newer version of Tandem (document format ${row.doc_format}); update Tandem to read it.`,
      );
    let value: unknown;
    try {
      // Bounded like a JSON file to import: a crafted body cannot inflate past it.
      const text = unpack(row.body);
      value = JSON.parse(text);
    } catch {
      throw this.damaged(row.id, 'its stored data cannot be read');
    }
    if (row.body_kind === 'full') {
      const parsed = parseDocumentBounded(value);
      if (!parsed.ok) throw this.damaged(row.id, parsed.problems.slice(0, 3).join('; '));
      return { kind: 'full', doc: parsed.doc };
    }
    const patch = docPatchSchema.safeParse(value);
    if (!patch.success) throw this.damaged(row.id, 'its change from the version before is unreadable');
    return { kind: 'delta', patch: patch.data as DocPatch };
  }

  private damaged(id: string, why: string): ApiFailure {
    return new ApiFailure('damaged', `Version "${id}" cannot be read: ${why}.`);
  }
}
