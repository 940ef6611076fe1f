import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { computeLayout, type LaneSide } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';

const recentSchema = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
type StoredRecent = z.infer<typeof recentSchema>[number];
/** A recent map as the start screen and the menus show it. */
export interface RecentFile extends StoredRecent {
  /** The file is no longer where it was (moved, renamed, deleted, or on a drive that is not attached). */
  missing: boolean;
  /** A small picture of the map as it was last left: SVG of its lanes and cards, without any of its text. */
  thumbnail?: string;
}
const MAX_RECENT = 12;
/** A thumbnail draws at most this many cards: enough to recognise a map, small enough to list twelve at once. */
const THUMBNAIL_CARDS = 500;
/** Larger thumbnail files are not read back (a damaged or foreign file in the folder). */
const MAX_THUMBNAIL_BYTES = 64 * 1024;

const FILL: Record<LaneSide, { lane: string; card: string }> = {
  customer: { lane: '#fdf1e4', card: '#f0a25a' },
  organisation: { lane: '#e8f1f7', card: '#5f9fcc' },
  neutral: { lane: '#f1f1ef', card: '#a5a9ad' },
};

/**
 * A thumbnail of a map: its lane bands tinted by side, its cards as blocks, the blueprint lines dashed. It carries
 * no text of the map (no titles, no notes), so nothing a user typed can reach the picture's markup; every value in
 * it is a number Tandem computed.
 */
export function mapThumbnail(doc: Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>): string {
  const layout = computeLayout(doc);
  const n = (v: number) => Math.round(v);
  const width = Math.max(1, n(layout.width));
  const height = Math.max(1, n(layout.height));
  const parts: string[] = [];
  for (const lane of layout.lanes)
    parts.push(
      `<rect x="0" y="${n(lane.y)}" width="${width}" height="${n(lane.height)}" fill="${FILL[lane.side].lane}"/>`,
    );
  const sideOf = new Map(layout.lanes.map((l) => [l.id, l.side]));
  let drawn = 0;
  for (const card of layout.cards.values()) {
    if (drawn++ >= THUMBNAIL_CARDS) break;
    const fill = FILL[sideOf.get(card.laneId) ?? 'neutral'].card;
    parts.push(
      `<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(card.width)}" height="${n(card.height)}" rx="8" fill="${fill}"/>`,
    );
  }
  for (const line of layout.lines)
    parts.push(
      `<path d="M0 ${n(line.y)}H${width}" stroke="#44546a" stroke-width="4" stroke-dasharray="16 12" fill="none"/>`,
    );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMin meet"><rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
}

/**
 * The recent-maps list kept as JSON in the data dir, with a thumbnail per map beside it; a damaged list is treated
 * as empty, never an error. Maps that are gone stay listed, marked missing, until the user removes them.
 */
export class RecentFiles {
  private readonly file: string;
  private readonly thumbnails: string;
  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'recent.json');
    this.thumbnails = join(dataDir, 'recent-thumbnails');
  }

  private stored(): StoredRecent[] {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  private write(list: StoredRecent[]): void {
    mkdirSync(this.dataDir, { recursive: true });
    // Write then rename so a crash never leaves half a list.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
    renameSync(tmp, this.file);
    // The pictures of maps that fell off the end go with them.
    for (const gone of list.slice(MAX_RECENT)) rmSync(this.thumbnailFile(gone.path), { force: true });
  }

  private thumbnailFile(path: string): string {
    return join(this.thumbnails, `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.svg`);
  }

  private readThumbnail(path: string): string | undefined {
    try {
      const svg = readFileSync(this.thumbnailFile(path), 'utf8');
      return svg.length <= MAX_THUMBNAIL_BYTES && svg.startsWith('<svg ') ? svg : undefined;
    } catch {
      return undefined;
    }
  }

  /** Recent maps, newest first; those no longer on disk are marked `missing`. */
  list(): RecentFile[] {
    return this.stored().map((r) => {
      const missing = !existsSync(r.path);
      const thumbnail = missing ? undefined : this.readThumbnail(r.path);
      return { ...r, missing, ...(thumbnail ? { thumbnail } : {}) };
    });
  }

  /** Puts a map at the top of the list; with `doc`, its thumbnail is drawn afresh. */
  add(path: string, title: string, now = new Date(), doc?: Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>): void {
    this.write([{ path, title, openedAt: now.toISOString() }, ...this.stored().filter((r) => r.path !== path)]);
    if (doc) this.keepThumbnail(path, doc);
  }

  /** Updates a listed map's title and thumbnail as it is left (closed, or another map opened), keeping its place. */
  refresh(path: string, title: string, doc: Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>): void {
    const list = this.stored();
    const entry = list.find((r) => r.path === path);
    if (!entry) return;
    if (entry.title !== title) this.write(list.map((r) => (r === entry ? { ...r, title } : r)));
    this.keepThumbnail(path, doc);
  }

  /** Takes a map off the list (and its thumbnail); true when it was listed. Never touches the map itself. */
  remove(path: string): boolean {
    const list = this.stored();
    const kept = list.filter((r) => r.path !== path);
    if (kept.length === list.length) return false;
    this.write(kept);
    rmSync(this.thumbnailFile(path), { force: true });
    return true;
  }

  private keepThumbnail(path: string, doc: Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>): void {
    try {
      const svg = mapThumbnail(doc);
      if (svg.length > MAX_THUMBNAIL_BYTES) return;
      mkdirSync(this.thumbnails, { recursive: true });
      const file = this.thumbnailFile(path);
      writeFileSync(`${file}.tmp`, svg);
      renameSync(`${file}.tmp`, file);
    } catch (err) {
      // A missing picture is not worth failing an open for.
      console.warn(`Tandem could not keep a thumbnail of ${path}: ${(err as Error).message}`);
    }
  }
}
