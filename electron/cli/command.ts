/** One option a command accepts, described once for both the parser and the help text. */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. "N" in `--port N`. */
  value?: string;
  description: string;
}

/** Parsed options of one command: strings for string options, booleans for flags, absent when not given. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Where a command writes; tests and main() pass process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** What a command's run() receives. */
export interface CommandContext {
  positionals: string[];
  values: OptionValues;
  io: CliIo;
  cwd: string;
}

/** One `tandem <name>` command. Adding a command = one module exporting this, listed in commands/index.ts. */
export interface CommandSpec {
  name: string;
  /** The argument part of the usage line, e.g. "FILE [--port N]". */
  usage: string;
  summary: string;
  options: OptionSpec[];
  /** How many positional arguments are allowed. */
  positionals: { min: number; max: number; names: string };
  /** Runs the command; resolves with the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/** The user asked for something the command line does not allow: exits 2 with a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A boolean flag's value (false when absent). */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** "1 stage", "3 stages". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
