import { z } from 'zod';
import { parseCommand } from '../commands/apply';
import { CommandError } from '../commands/errors';
import type { Command } from '../commands/types';

/** Arguments many calls share: no arguments, a command, a file path. */
export const empty = z.object({});

/** A command, checked by the same parser applyCommand uses (readable messages, nesting limits). */
export const commandArg = z.unknown().transform((value, ctx): Command => {
  try {
    return parseCommand(value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof CommandError ? err.message : String(err) });
    return z.NEVER;
  }
});
export const path = z.string().min(1, 'a file path is needed').max(4096);

/** One file-type filter of the Open dialog, e.g. { name: 'CSV', extensions: ['csv'] }. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().min(1).max(16)).min(1).max(10),
});
