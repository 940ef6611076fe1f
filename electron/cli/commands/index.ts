import type { CommandSpec } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importJsonCommand } from './importJson';
import { importSurveyCommand } from './importSurvey';
import { newCommand } from './new';
import { recoverCommand } from './recover';
import { serveCommand } from './serve';
import { statsCommand } from './stats';

/** Every `tandem` command, in the order the help lists them. A new command is one module added here. */
export const COMMANDS: readonly CommandSpec[] = [
  newCommand,
  serveCommand,
  checkCommand,
  recoverCommand,
  exportCommand,
  importJsonCommand,
  importSurveyCommand,
  statsCommand,
];

/** The command with that name, if any. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
