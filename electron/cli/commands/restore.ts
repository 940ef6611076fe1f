import { compareDocs } from '../../../shared/history/compare';
import { docDelta } from '../../../shared/history/delta';
import { summaryLine } from '../../../shared/history/summary';
import { stringOption, UsageError, type CommandSpec } from '../command';
import { openHistoryMap, printFailure, versionLabel } from '../historyText';

/**
 * `tandem restore FILE --to A`: makes a version the current map. The map as it was is kept first as a version
 * ("Before a restore"), so a restore never loses anything; the change is one command, as in the app.
 */
export const restoreCommand: CommandSpec = {
  name: 'restore',
  usage: 'FILE.tandem --to VERSION',
  summary: 'Make a version the current map; the map as it was is kept first as a version, so nothing is lost.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [{ name: 'to', type: 'string', value: 'VERSION', description: 'The version, by id or name (required).' }],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const ref = stringOption(values, 'to');
    if (ref === undefined || ref.trim() === '')
      throw new UsageError(`restore needs --to VERSION (an id or a name from "tandem history ${given}")`);
    const store = openHistoryMap(io, cwd, given, false);
    if (!store) return 1;
    try {
      const version = store.versions.find(ref);
      const target = store.versions.read(version.id);
      const before = store.doc;
      const command = docDelta(before, target);
      if (command === null) {
        io.out(`${given} is already the same as ${versionLabel(version)}: nothing changed.`);
        return 0;
      }
      // Kept unless the newest version already is the map as it is now (then that one is the way back).
      const kept = store.versions.keep(before, store.revision, { reason: 'before-restore' }) ?? store.versions.latest();
      store.applyParsed(command);
      io.out(
        `Restored ${given} to ${versionLabel(version)}: ${summaryLine(compareDocs(before, store.doc).counts, { max: Infinity })}.`,
      );
      if (kept)
        io.out(
          `The map as it was is kept as version ${kept.id}; "tandem restore ${given} --to ${kept.id}" brings it back.`,
        );
      return 0;
    } catch (err) {
      printFailure(io, given, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
