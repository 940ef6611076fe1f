import type { z } from 'zod';
import { describeIssues } from '../../../shared/commands/entity';
import { versionNameSchema } from '../../../shared/schema/version';
import { stringOption, UsageError, type CommandSpec } from '../command';
import { openHistoryMap, printFailure } from '../historyText';

/** `tandem version FILE --name NAME`: keeps the map as it is now as a named version and prints its id. */
export const versionCommand: CommandSpec = {
  name: 'version',
  usage: 'FILE.tandem --name NAME',
  summary: 'Keep the map as it is now as a named version ("Before the Kyiv workshop"); prints its id.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [
    { name: 'name', type: 'string', short: 'n', value: 'NAME', description: 'The name of the version (required).' },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const raw = stringOption(values, 'name');
    if (raw === undefined) throw new UsageError(`version needs --name NAME: tandem version ${given} --name NAME`);
    const name = versionNameSchema.safeParse(raw);
    if (!name.success) throw new UsageError(`--name: ${describeIssues(name.error as z.ZodError)}`);
    const store = openHistoryMap(io, cwd, given, false);
    if (!store) return 1;
    try {
      const kept = store.versions.keep(store.doc, store.revision, { reason: 'named', name: name.data });
      // A named version is always kept; find() is the fallback the contract's call uses too.
      const version = kept ?? store.versions.find(name.data);
      // The id alone, so a script can hold on to it: ID=$(tandem version map.tandem --name "Before").
      io.out(version.id);
      return 0;
    } catch (err) {
      printFailure(io, given, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
