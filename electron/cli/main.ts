import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type CommandSpec, type OptionValues } from './command';
import { COMMANDS, findCommand } from './commands';
import { appVersion } from './repo';
import { terminalSafeLines } from './terminalText';
import { commandUsage, usage } from './usage';

const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs `tandem` with the arguments after the program name and resolves with the exit code: 0 success,
 * 1 the command failed, 2 the command line was wrong. Never throws: every error becomes one readable line.
 */
export async function main(argv: readonly string[], given: CliIo = stdio, cwd = process.cwd()): Promise<number> {
  // The one way out to the terminal: every line any command prints, user data and all, is made safe here.
  const io: CliIo = {
    out: (line) => given.out(terminalSafeLines(line)),
    err: (line) => given.err(terminalSafeLines(line)),
  };
  try {
    return await run(argv, io, cwd);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`tandem: ${err.message}`);
      io.err('Run "tandem --help" for usage.');
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`tandem: ${message}`);
    if (process.env.TANDEM_DEBUG === '1' && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(usage(COMMANDS));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(appVersion());
    return 0;
  }
  if (first === 'help') return help(rest, io);
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"; options go after the command`);

  const command = findCommand(first);
  if (!command)
    throw new UsageError(`unknown command "${first}"; commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
  const { positionals, values } = parseCommandLine(command, rest);
  if (values.help === true) {
    io.out(commandUsage(command));
    return 0;
  }
  return command.run({ positionals, values, io, cwd });
}

function help(rest: readonly string[], io: CliIo): number {
  const name = rest[0];
  if (name === undefined) {
    io.out(usage(COMMANDS));
    return 0;
  }
  const command = findCommand(name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  io.out(commandUsage(command));
  return 0;
}

/** Parses one command's arguments strictly, turning Node's parse errors into usage errors. */
function parseCommandLine(
  command: CommandSpec,
  args: readonly string[],
): { positionals: string[]; values: OptionValues } {
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) options[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: { positionals: string[]; values: OptionValues };
  try {
    const result = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    parsed = { positionals: result.positionals, values: result.values as OptionValues };
  } catch (err) {
    throw new UsageError(`${command.name}: ${describeParseError(err)}`);
  }
  if (parsed.values.help === true) return parsed;
  const { min, max, names } = command.positionals;
  if (parsed.positionals.length < min)
    throw new UsageError(`${command.name} needs ${names}: tandem ${command.name} ${command.usage}`);
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals.slice(max).join(' ');
    throw new UsageError(
      `${command.name}: unexpected argument${parsed.positionals.length - max === 1 ? '' : 's'} ${extra}`,
    );
  }
  return parsed;
}

/** Node's parseArgs messages are long and aimed at programmers; keep the part a user needs. */
function describeParseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    return message.includes('argument missing')
      ? `${quoted.replace(/ <value>$/, '')} needs a value`
      : `${quoted.replace(/ <value>$/, '')} does not take a value`;
  }
  return message;
}
