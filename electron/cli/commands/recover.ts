import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { backupLabel } from '../../../shared/backupLabel';
import { ApiFailure } from '../../../shared/api/result';
import { backupsRoot, goodBackups, listBackups, recoverBackup } from '../../services/backups';
import { plural, stringOption, UsageError, type CommandSpec } from '../command';
import { defaultDataDir } from '../../services/paths';

/** `tandem recover FILE --out COPY [--backup N]`: a good backup of a map, written as a new file. */
export const recoverCommand: CommandSpec = {
  name: 'recover',
  usage: 'FILE --out COPY.tandem [--backup N]',
  summary:
    'Write the newest good backup of a map (from the data folder) as a new file; FILE itself is never read or changed.',
  positionals: { min: 1, max: 1, names: 'FILE' },
  options: [
    {
      name: 'out',
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'The new .tandem file to create (required; never overwritten).',
    },
    {
      name: 'backup',
      type: 'string',
      value: 'N',
      description: 'Which good backup: 1 is the newest (the default), 2 the one before, …',
    },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const outGiven = stringOption(values, 'out');
    if (!outGiven) throw new UsageError('recover needs --out COPY.tandem: the new file to write the backup to');
    if (extname(outGiven).toLowerCase() !== '.tandem')
      throw new UsageError(`--out must name a .tandem file, not "${outGiven}"`);
    const nGiven = stringOption(values, 'backup') ?? '1';
    if (!/^[1-9]\d{0,2}$/.test(nGiven))
      throw new UsageError(`--backup must be a whole number from 1 (the newest), not "${nGiven}"`);
    const file = resolve(cwd, given);
    const out = resolve(cwd, outGiven);
    if (out === file) {
      io.err(`tandem: --out must name a new file; ${given} is kept as it is`);
      return 1;
    }
    if (existsSync(out)) {
      io.err(`tandem: ${outGiven} already exists; choose another name (tandem never overwrites a file)`);
      return 1;
    }
    if (!existsSync(dirname(out))) {
      io.err(`tandem: the folder ${dirname(out)} does not exist`);
      return 1;
    }
    const dataDir = defaultDataDir();
    const good = goodBackups(dataDir, file);
    if (good.length === 0) {
      const all = listBackups(dataDir, file).length;
      io.err(
        all === 0
          ? `tandem: there is no backup of ${given} in ${backupsRoot(dataDir)} (TANDEM_HOME chooses the data folder)`
          : `tandem: none of the ${plural(all, 'backup')} of ${given} passes the checks; each is damaged too`,
      );
      return 1;
    }
    const chosen = good[Number(nGiven) - 1];
    if (!chosen) {
      io.err(`tandem: ${given} has ${plural(good.length, 'good backup')}; --backup ${nGiven} is not one of them`);
      return 1;
    }
    try {
      await recoverBackup(dataDir, file, out, chosen.id);
    } catch (err) {
      io.err(`tandem: ${err instanceof ApiFailure ? err.message : String(err)}`);
      return 1;
    }
    io.out(`Wrote the ${backupLabel(chosen)} of ${given} to ${outGiven}.`);
    return 0;
  },
};
