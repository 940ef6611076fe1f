import { compareDocs } from '../../../shared/history/compare';
import { summaryLine } from '../../../shared/history/summary';
import { flag, stringOption, UsageError, type CommandSpec } from '../command';
import { changeLists, openHistoryMap, printFailure, versionLabel } from '../historyText';

/** `tandem diff FILE --from A [--to B] [--json]`: what differs from one version to another or to the current map. */
export const diffCommand: CommandSpec = {
  name: 'diff',
  usage: 'FILE.tandem --from VERSION [--to VERSION] [--json]',
  summary:
    'Show what differs from one version to another (or to the current map): added, removed and changed objects with their titles.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [
    { name: 'from', type: 'string', value: 'VERSION', description: 'The older version, by id or name (required).' },
    {
      name: 'to',
      type: 'string',
      value: 'VERSION',
      description: 'The newer version, by id or name (default: the current map).',
    },
    { name: 'json', type: 'boolean', description: 'Print the comparison as JSON (the shape the app uses).' },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const fromRef = stringOption(values, 'from');
    const toRef = stringOption(values, 'to');
    if (fromRef === undefined || fromRef.trim() === '')
      throw new UsageError(`diff needs --from VERSION (an id or a name from "tandem history ${given}")`);
    if (toRef !== undefined && toRef.trim() === '')
      throw new UsageError('--to needs a version (an id or a name), or leave it out to compare with the current map');
    // A copy: comparing only reads.
    const store = openHistoryMap(io, cwd, given, true);
    if (!store) return 1;
    try {
      const from = store.versions.find(fromRef);
      const to = toRef === undefined ? null : store.versions.find(toRef);
      const comparison = compareDocs(
        store.versions.read(from.id),
        to === null ? store.doc : store.versions.read(to.id),
      );
      if (flag(values, 'json')) {
        io.out(JSON.stringify(comparison, null, 2));
        return 0;
      }
      const target = to === null ? 'the current map' : versionLabel(to);
      io.out(`From ${versionLabel(from)} to ${target}: ${summaryLine(comparison.counts, { max: Infinity })}`);
      for (const line of changeLists(comparison)) io.out(line);
      return 0;
    } catch (err) {
      printFailure(io, given, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
