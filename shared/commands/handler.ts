import type { TandemDoc } from '../schema/document';
import type { Command } from './types';

/** What applying a command gives: the new document and the command that undoes it. */
export interface CommandResult {
  doc: TandemDoc;
  inverse: Command;
}

/** One handler per command type of a family, keyed by the `type` literal. */
export type Handlers<S extends { _output: { type: string } }> = {
  [K in S['_output']['type']]: (doc: TandemDoc, cmd: Extract<S['_output'], { type: K }>) => CommandResult;
};
