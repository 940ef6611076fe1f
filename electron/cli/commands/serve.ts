import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startBrowserHost } from '../../host/server';
import { isBuilt } from '../../host/static';
import { defaultDataDir, ensureSampleMap } from '../../services/paths';
import { flag, stringOption, UsageError, type CommandSpec } from '../command';
import { appVersion, PARTICIPANT_DIR, RENDERER_DIR } from '../repo';

/** `tandem serve`: the app in a browser, served from 127.0.0.1 until Ctrl+C. */
export const serveCommand: CommandSpec = {
  name: 'serve',
  usage: '[FILE] [--port N] [--open] [--sample]',
  summary: 'Open a map in your browser: serve the app on 127.0.0.1 until Ctrl+C.',
  positionals: { min: 0, max: 1, names: 'FILE' },
  options: [
    {
      name: 'port',
      type: 'string',
      short: 'p',
      value: 'N',
      description: 'Port on 127.0.0.1 (default: any free port).',
    },
    { name: 'open', type: 'boolean', description: 'Open the address in the default browser.' },
    { name: 'sample', type: 'boolean', description: 'Open the sample map (created in the data folder if missing).' },
  ],
  async run({ positionals, values, io, cwd }) {
    const port = parsePort(stringOption(values, 'port'));
    const given = positionals[0];
    if (given !== undefined && flag(values, 'sample')) throw new UsageError('give either FILE or --sample, not both');
    if (given === undefined && !flag(values, 'sample'))
      throw new UsageError('serve needs a FILE to open (or --sample for the sample map)');

    const dataDir = defaultDataDir();
    const file = given === undefined ? ensureSampleMap(dataDir) : resolve(cwd, given);

    const host = await startBrowserHost({
      file,
      dataDir,
      rendererDir: RENDERER_DIR,
      participantPageDir: PARTICIPANT_DIR,
      version: appVersion(),
      ...(port === undefined ? {} : { port }),
    });
    io.out(`Tandem is running at ${host.url}`);
    io.out('Press Ctrl+C to stop.');
    if (!isBuilt(RENDERER_DIR))
      io.err(`tandem: the app is not built yet (no ${RENDERER_DIR}/index.html): run npm run build`);
    if (flag(values, 'open')) openInBrowser(host.url);

    await untilStopped(host.close);
    return 0;
  },
};

export function parsePort(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${raw}"`);
  return port;
}

/** Waits for Ctrl+C (or SIGTERM), then runs `close`. */
export function untilStopped(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Best effort: a missing opener (no desktop, no xdg-open) only means the user copies the address by hand. */
function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Ignored on purpose, see above.
  }
}
