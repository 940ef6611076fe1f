import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeImport } from '../../../shared/metrics/surveySchemas';
import { DocumentStore } from '../../services/documentStore';
import { importSurvey } from '../../services/surveyImport';
import { type CliIo, type CommandSpec, stringOption, UsageError } from '../command';

/** Prints a (possibly multi-line) error message one line at a time, so each row-numbered problem is its own line. */
export function printError(io: CliIo, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  for (const line of message.split('\n')) io.err(line);
}

/** Opens a map for a command, or prints why it cannot and returns null. */
export function openMap(io: CliIo, cwd: string, given: string, options: { copy?: boolean } = {}): DocumentStore | null {
  const file = resolve(cwd, given);
  if (!existsSync(file)) {
    io.err(`${given}: no such file`);
    return null;
  }
  try {
    return options.copy ? DocumentStore.openCopy(file) : DocumentStore.open(file);
  } catch (err) {
    printError(io, err);
    return null;
  }
}

/** A positive whole number given on the command line as an import id, or a usage error. */
export function importIdArgument(raw: string, what: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(raw))
    throw new UsageError(`${what} must be an import id (a whole number, as "tandem surveys" lists), not "${raw}"`);
  return Number(raw);
}

/** `tandem import-survey FILE.tandem RESPONSES.csv [--replace ID]`: all answers in one transaction, or none with the errors. */
export const importSurveyCommand: CommandSpec = {
  name: 'import-survey',
  usage: 'FILE.tandem RESPONSES.csv [--replace ID]',
  summary:
    'Import linked customer + employee survey answers (long-format CSV, UTF-8) into a map; a file with errors changes nothing.',
  positionals: { min: 2, max: 2, names: 'FILE.tandem and RESPONSES.csv' },
  options: [
    {
      name: 'replace',
      type: 'string',
      value: 'ID',
      description: 'Replace the answers of that import (its id from "tandem surveys") with this corrected file.',
    },
  ],
  async run({ positionals, values, io, cwd }) {
    const [mapArg = '', csvArg = ''] = positionals;
    const rawReplace = stringOption(values, 'replace');
    const replace = rawReplace === undefined ? undefined : importIdArgument(rawReplace, '--replace');
    const store = openMap(io, cwd, mapArg);
    if (!store) return 1;
    try {
      const summary = await importSurvey(store, resolve(cwd, csvArg), { replace });
      // One line that names the keys no card has (their answers are kept, as Unassigned); `tandem surveys` lists ids.
      io.out(describeImport(summary));
      for (const warning of summary.warnings) io.err(`warning: ${warning}`);
      return 0;
    } catch (err) {
      printError(io, err);
      return 1;
    } finally {
      store.close();
    }
  },
};
