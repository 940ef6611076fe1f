import { z } from 'zod';
import { MAX_BATCH_COMMANDS, formatCount } from '../limits';
import { cardCommandSchemas } from './cards';
import { laneCommandSchemas } from './lanes';
import { linkCommandSchemas } from './links';
import { mapCommandSchemas } from './map';
import { metricCommandSchemas } from './metrics';
import { painPointCommandSchemas } from './painPoints';
import { docPatchSchema } from './patch';
import { peopleCommandSchemas } from './people';
import { stageCommandSchemas } from './stages';
import { noteCommandSchemas } from './notes';
import { votingCommandSchemas } from './voting';

/** Every single edit a user can make to a map, as plain data. */
export const singleCommandSchema = z.discriminatedUnion('type', [
  ...mapCommandSchemas,
  ...stageCommandSchemas,
  ...laneCommandSchemas,
  ...cardCommandSchemas,
  ...linkCommandSchemas,
  ...painPointCommandSchemas,
  ...peopleCommandSchemas,
  ...metricCommandSchemas,
  ...votingCommandSchemas,
  ...noteCommandSchemas,
  docPatchSchema,
]);
export type SingleCommand = z.infer<typeof singleCommandSchema>;

/** Several commands applied as one step (one undo, one transaction): a paste, a multi-select delete, a drag of many cards. */
export interface BatchCommand {
  type: 'batch';
  /** What the user did, for the Undo menu item. */
  label?: string | undefined;
  commands: Command[];
}

/** A command: one edit or a batch of them. */
export type Command = SingleCommand | BatchCommand;
export type CommandType = Command['type'];

/**
 * A batch's envelope with its commands left unchecked: parseCommand checks them one by one, so that an error
 * inside a batch names the field that is wrong rather than "Invalid input".
 */
export const batchEnvelopeSchema = z.object({
  type: z.literal('batch'),
  label: z.string().max(120).optional(),
  commands: z
    .array(z.unknown())
    .min(1, 'a batch needs at least one command')
    .max(MAX_BATCH_COMMANDS, `a batch holds at most ${formatCount(MAX_BATCH_COMMANDS)} commands`),
});

export const batchCommandSchema: z.ZodType<BatchCommand> = z.object({
  type: z.literal('batch'),
  label: z.string().max(120).optional(),
  commands: z
    .array(z.lazy(() => commandSchema))
    .min(1, 'a batch needs at least one command')
    .max(MAX_BATCH_COMMANDS, `a batch holds at most ${formatCount(MAX_BATCH_COMMANDS)} commands`),
});

/** Validates any command. */
export const commandSchema: z.ZodType<Command> = z.lazy(() => z.union([singleCommandSchema, batchCommandSchema]));
