import type { SurveyImportInfo } from '../../../shared/metrics/surveySchemas';
import { findImport, listImports, removeImport } from '../../services/surveyImports';
import { type CommandSpec, flag, plural } from '../command';
import { terminalSafe } from '../terminalText';
import { importIdArgument, openMap, printError } from './importSurvey';

/** "2026-09-01 … 2026-10-31", or "no dates" when no answer has a readable time. */
export function periodText(dates: SurveyImportInfo['dates']): string {
  if (!dates.from || !dates.to) return 'no dates';
  const from = dates.from.slice(0, 10);
  const to = dates.to.slice(0, 10);
  return from === to ? from : `${from} … ${to}`;
}

/** One line per import: id, file name, when, answers, interactions, period, assignments. */
function importLine(i: SurveyImportInfo): string {
  const assigned = Object.entries(i.assignments);
  return [
    `${i.id}  ${terminalSafe(i.fileName)}`,
    `imported ${i.importedAt.slice(0, 16).replace('T', ' ')} UTC`,
    plural(i.answers, 'answer'),
    plural(i.interactions, 'interaction'),
    periodText(i.dates),
    ...(assigned.length > 0
      ? [`assigned ${assigned.map(([from, to]) => `${terminalSafe(from)} → ${terminalSafe(to)}`).join(', ')}`]
      : []),
  ].join(' · ');
}

/** `tandem surveys FILE.tandem [--json]`: the survey imports of a map, each with its id. */
export const surveysCommand: CommandSpec = {
  name: 'surveys',
  usage: 'FILE.tandem [--json]',
  summary: 'List the survey imports of a map: id, file, when, answers, interactions and period.',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [{ name: 'json', type: 'boolean', description: 'Print the imports as JSON (the shape the app uses).' }],
  async run({ positionals, values, io, cwd }) {
    // A copy: listing must not upgrade an older file that an older Tandem still has to open.
    const store = openMap(io, cwd, positionals[0] ?? '', { copy: true });
    if (!store) return 1;
    try {
      const imports = listImports(store.database);
      if (flag(values, 'json')) io.out(JSON.stringify({ imports }, null, 2));
      else if (imports.length === 0)
        io.out('No survey imports in this map yet: import some with "tandem import-survey".');
      else for (const i of imports) io.out(importLine(i));
      return 0;
    } catch (err) {
      printError(io, err);
      return 1;
    } finally {
      store.close();
    }
  },
};

/** `tandem remove-survey FILE.tandem ID`: removes one import and its answers. */
export const removeSurveyCommand: CommandSpec = {
  name: 'remove-survey',
  usage: 'FILE.tandem ID',
  summary: 'Remove one survey import (its id from "tandem surveys") and all its answers from a map.',
  positionals: { min: 2, max: 2, names: 'FILE.tandem and ID' },
  options: [],
  async run({ positionals, io, cwd }) {
    const [mapArg = '', idArg = ''] = positionals;
    const id = importIdArgument(idArg, 'ID');
    const store = openMap(io, cwd, mapArg);
    if (!store) return 1;
    try {
      findImport(store.database, id);
      const removed = removeImport(store.database, id);
      io.out(
        `Removed import ${removed.id} ("${terminalSafe(removed.fileName)}"): ${plural(removed.answers, 'answer')} from ${plural(removed.interactions, 'interaction')}.`,
      );
      return 0;
    } catch (err) {
      printError(io, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
