import type { CommandSpec, OptionSpec } from './command';

function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(0, ...options.map((o) => optionLabel(o).length));
  return options.map((o) => `    ${optionLabel(o).padEnd(width)}  ${o.description}`);
}

/** The full help: every command with its options. */
export function usage(commands: readonly CommandSpec[]): string {
  const lines = ['Usage: tandem <command> [options]', '', 'Commands:'];
  for (const c of commands) {
    lines.push(`  tandem ${c.name} ${c.usage}`.trimEnd(), `      ${c.summary}`);
    lines.push(...optionLines(c.options).map((l) => `  ${l}`));
  }
  lines.push('  tandem help [COMMAND]', '      Show this help, or the help of one command.');
  lines.push(
    '',
    'Options for every command:',
    '    -h, --help     Show help.',
    '    -v, --version  Print the version.',
  );
  lines.push('', 'Set TANDEM_DEBUG=1 to see stack traces; TANDEM_HOME to choose the data folder.');
  lines.push('The app keeps backups of every map it opens in the data folder; "tandem recover" writes one back.');
  return lines.join('\n');
}

/** The help of one command. */
export function commandUsage(c: CommandSpec): string {
  const lines = [`Usage: tandem ${c.name} ${c.usage}`.trimEnd(), '', c.summary];
  if (c.options.length > 0) lines.push('', 'Options:', ...optionLines(c.options));
  return lines.join('\n');
}
