import { basename, resolve } from 'node:path';
import { backupLabel } from '../../../shared/backupLabel';
import { backupsRoot, goodBackups, listBackups } from '../../services/backups';
import { checkFile } from '../../services/fileCheck';
import { defaultDataDir } from '../../services/paths';
import { fileKind } from '../../services/fileSafety';
import { plural, type CommandSpec } from '../command';

/**
 * The backup Tandem would offer for a damaged file, and how to get it, in one line; when every backup of it is
 * damaged too, says so. A map Tandem never opened at this path has no backups to speak of: nothing is added.
 */
function recoveryOffer(given: string, file: string): string | null {
  const dataDir = defaultDataDir();
  const all = listBackups(dataDir, file).length;
  if (all === 0) return null;
  const newest = goodBackups(dataDir, file)[0];
  if (!newest)
    return `${given}: none of its ${plural(all, 'backup')} in ${backupsRoot(dataDir)} passes the checks either.`;
  return `${given}: Tandem would offer the ${backupLabel(newest)}: tandem recover ${given} --out COPY.tandem`;
}

/** `tandem check FILE`: integrity and schema check; exit 1 with every problem on stderr. */
export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'FILE',
  summary: 'Check that a map file is intact and readable; exit 1 and list the problems if not.',
  positionals: { min: 1, max: 1, names: 'FILE' },
  options: [],
  async run({ positionals, io, cwd }) {
    const given = positionals[0] ?? '';
    const file = resolve(cwd, given);
    // Refused up front: SQLite would wait forever on a FIFO and read a device without end.
    const kind = fileKind(file);
    if (kind === 'missing') {
      io.err(`${given}: no such file`);
      return 1;
    }
    if (kind !== 'file') {
      io.err(`${given}: is ${kind}, not a map file`);
      return 1;
    }
    const result = checkFile(file);
    if (!result.ok) {
      const problems = result.problems.length > 0 ? result.problems : ['the file did not pass the check'];
      // The store's messages usually name the file already; only the bare ones (integrity findings) get a prefix.
      const name = basename(file);
      for (const problem of problems) io.err(problem.includes(name) ? problem : `${given}: ${problem}`);
      const offer = recoveryOffer(given, file);
      if (offer) io.err(offer);
      return 1;
    }
    // The summary comes from the read-only check: opening the map for real could migrate it, and a check never writes.
    const summary = result.summary ?? {};
    const { stages, lanes, cards, format } = summary;
    if (stages !== undefined && lanes !== undefined && cards !== undefined) {
      io.out(`${given}: OK (${plural(stages, 'stage')}, ${plural(lanes, 'lane')}, ${plural(cards, 'card')})`);
    } else {
      io.out(
        `${given}: OK${format === undefined ? '' : ` (file format ${format}; Tandem will upgrade it when it is opened)`}`,
      );
    }
    return 0;
  },
};
