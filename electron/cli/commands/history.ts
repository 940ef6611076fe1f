import { summaryLine } from '../../../shared/history/summary';
import { flag, type CommandSpec } from '../command';
import { keptAt, openHistoryMap, printFailure, versionName } from '../historyText';
import { terminalSafe } from '../terminalText';

/** Columns padded to their widest cell, measured after the cells are made terminal-safe; Revision right-aligned. */
function table(cells: string[][]): string[] {
  const rows = cells.map((r) => r.map(terminalSafe));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** `tandem history FILE [--json]`: the versions kept in a map, newest first. */
export const historyCommand: CommandSpec = {
  name: 'history',
  usage: 'FILE.tandem [--json]',
  summary: 'List the versions kept in a map, newest first: when, name or reason, revision and what changed.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [{ name: 'json', type: 'boolean', description: 'Print the versions as JSON (the shape the app uses).' }],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    // A copy: listing must not upgrade or touch the file.
    const store = openHistoryMap(io, cwd, given, true);
    if (!store) return 1;
    try {
      const versions = store.versions.list();
      if (flag(values, 'json')) {
        io.out(JSON.stringify(versions, null, 2));
        return 0;
      }
      if (versions.length === 0) {
        io.out(`No versions kept in ${given} yet: keep one with "tandem version ${given} --name NAME".`);
        return 0;
      }
      const rows = versions.map((v) => [
        v.id,
        keptAt(v.createdAt),
        versionName(v),
        String(v.revision),
        summaryLine(v.changes),
      ]);
      for (const line of table([['Id', 'Kept', 'Name', 'Revision', 'Changes'], ...rows])) io.out(line);
      return 0;
    } catch (err) {
      printFailure(io, given, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
