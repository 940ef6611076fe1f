import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const recentSchema = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
export type RecentFile = z.infer<typeof recentSchema>[number];
const MAX_RECENT = 12;

/** The recent-files list kept as JSON in the data dir; a damaged list is treated as empty, never an error. */
export class RecentFiles {
  private readonly file: string;
  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'recent.json');
  }

  /** Recent files that still exist, newest first. */
  list(): RecentFile[] {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.filter((r) => existsSync(r.path)) : [];
    } catch {
      return [];
    }
  }

  /** Puts a file at the top of the list. */
  add(path: string, title: string, now = new Date()): void {
    const list = [{ path, title, openedAt: now.toISOString() }, ...this.list().filter((r) => r.path !== path)].slice(
      0,
      MAX_RECENT,
    );
    mkdirSync(this.dataDir, { recursive: true });
    // Write then rename so a crash never leaves half a list.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(list, null, 2));
    renameSync(tmp, this.file);
  }
}
