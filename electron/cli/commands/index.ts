import type { CommandSpec } from '../command';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { historyCommand } from './history';
import { importJsonCommand } from './importJson';
import { importSurveyCommand } from './importSurvey';
import { newCommand } from './new';
import { recoverCommand } from './recover';
import { restoreCommand } from './restore';
import { serveCommand } from './serve';
import { statsCommand } from './stats';
import { removeSurveyCommand, surveysCommand } from './surveys';
import { versionCommand } from './version';
import { workshopCommand } from './workshop';

/** Every `tandem` command, in the order the help lists them. A new command is one module added here. */
export const COMMANDS: readonly CommandSpec[] = [
  newCommand,
  serveCommand,
  workshopCommand,
  checkCommand,
  recoverCommand,
  exportCommand,
  importJsonCommand,
  importSurveyCommand,
  surveysCommand,
  removeSurveyCommand,
  statsCommand,
  historyCommand,
  versionCommand,
  diffCommand,
  restoreCommand,
];

/** The command with that name, if any. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
