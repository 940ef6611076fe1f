import type { TandemDoc } from '../schema/document';
import { cardHandlers } from './cards';
import { describeIssues } from './entity';
import { CommandError } from './errors';
import type { CommandResult } from './handler';
import { laneHandlers } from './lanes';
import { linkHandlers } from './links';
import { mapHandlers } from './map';
import { metricHandlers } from './metrics';
import { painPointHandlers } from './painPoints';
import { applyDocPatch } from './patch';
import { peopleHandlers } from './people';
import { stageHandlers } from './stages';
import { noteHandlers } from './notes';
import { votingHandlers } from './voting';
import { batchEnvelopeSchema, singleCommandSchema, type BatchCommand, type Command, type SingleCommand } from './types';

type AnyHandler = (doc: TandemDoc, cmd: SingleCommand) => CommandResult;

const handlers: Record<string, AnyHandler> = {
  ...mapHandlers,
  ...stageHandlers,
  ...laneHandlers,
  ...cardHandlers,
  ...linkHandlers,
  ...painPointHandlers,
  ...peopleHandlers,
  ...metricHandlers,
  ...votingHandlers,
  ...noteHandlers,
  'doc/patch': applyDocPatch,
} as Record<string, AnyHandler>;

/** Deeper nesting is never produced by the editor; refusing it keeps a hostile payload from exhausting the stack. */
const MAX_BATCH_DEPTH = 8;

/** Checks that a value is a well-formed command; throws an `invalid` CommandError naming what is wrong. */
export function parseCommand(input: unknown, depth = 0): Command {
  if (depth > MAX_BATCH_DEPTH)
    throw new CommandError('invalid', `batches may be nested at most ${MAX_BATCH_DEPTH} deep`);
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') throw new CommandError('invalid', 'a command needs a "type"');
  if (type === 'batch') return parseBatch(input, depth);
  // Own keys only: "toString" or "__proto__" are not commands.
  if (!Object.hasOwn(handlers, type)) throw new CommandError('invalid', `unknown command "${type}"`);
  const parsed = singleCommandSchema.safeParse(input);
  if (!parsed.success) throw new CommandError('invalid', `${type}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function parseBatch(input: unknown, depth: number): BatchCommand {
  const parsed = batchEnvelopeSchema.safeParse(input);
  if (!parsed.success) throw new CommandError('invalid', `batch: ${describeIssues(parsed.error)}`);
  const commands = parsed.data.commands.map((sub, i) => {
    try {
      return parseCommand(sub, depth + 1);
    } catch (e) {
      if (e instanceof CommandError) throw new CommandError('invalid', `batch: commands.${i}: ${e.message}`);
      throw e;
    }
  });
  const { label } = parsed.data;
  return { type: 'batch', ...(label !== undefined ? { label } : {}), commands };
}

function applyValid(doc: TandemDoc, cmd: Command): CommandResult {
  if (cmd.type !== 'batch') return (handlers[cmd.type] as AnyHandler)(doc, cmd);
  let current = doc;
  const inverses: Command[] = [];
  for (const sub of cmd.commands) {
    const r = applyValid(current, sub);
    current = r.doc;
    inverses.push(r.inverse);
  }
  inverses.reverse();
  return { doc: current, inverse: { type: 'batch', ...(cmd.label ? { label: cmd.label } : {}), commands: inverses } };
}

/**
 * Applies a command to a document. Pure: returns the new document and the command that undoes it,
 * or throws a CommandError and leaves the document as it was.
 */
export function applyCommand(doc: TandemDoc, input: Command | unknown): CommandResult {
  return applyValid(doc, parseCommand(input));
}

/** Applies a command that is already known to be valid (for hot paths that parsed it at the boundary). */
export function applyParsedCommand(doc: TandemDoc, cmd: Command): CommandResult {
  return applyValid(doc, cmd);
}
