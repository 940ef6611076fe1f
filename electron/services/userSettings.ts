import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type UserSettings, userSettingsSchema } from '../../shared/api/contract';

export { type UserSettings, userSettingsSchema };

const DEFAULTS: UserSettings = { uiLanguage: null, theme: 'system', checkForUpdates: false };
/** Reads each setting on its own: one bad or unknown value (a theme from a newer Tandem) costs only itself. */
const lenientSettingsSchema = z.object({
  uiLanguage: userSettingsSchema.shape.uiLanguage.catch(DEFAULTS.uiLanguage),
  theme: userSettingsSchema.shape.theme.catch(DEFAULTS.theme),
  checkForUpdates: userSettingsSchema.shape.checkForUpdates.catch(DEFAULTS.checkForUpdates),
});
/** A settings file is a few dozen bytes; anything far larger is not Tandem's and is ignored. */
const MAX_SETTINGS_BYTES = 64 * 1024;

/**
 * The user's settings kept as JSON in the data dir (`settings.json`). A missing, damaged or foreign file reads as
 * the defaults — a preference is never worth an error — and is replaced whole on the next change.
 */
export class UserSettingsFile {
  private readonly file: string;
  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  read(): UserSettings {
    try {
      const text = readFileSync(this.file, 'utf8');
      if (text.length > MAX_SETTINGS_BYTES) return { ...DEFAULTS };
      const parsed = lenientSettingsSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : { ...DEFAULTS };
    } catch {
      return { ...DEFAULTS };
    }
  }

  /** Merges a change into the settings and writes them (write then rename: a crash never leaves half a file). */
  write(change: Partial<UserSettings>): UserSettings {
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const next: UserSettings = { ...this.read(), ...defined };
    mkdirSync(this.dataDir, { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
    return next;
  }
}
