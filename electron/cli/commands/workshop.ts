import { resolve } from 'node:path';
import { startBrowserHost } from '../../host/server';
import { defaultDataDir } from '../../services/paths';
import { stringOption, type CommandSpec } from '../command';
import { appVersion, PARTICIPANT_DIR, RENDERER_DIR } from '../repo';
import { parsePort, untilStopped } from './serve';

/**
 * `tandem workshop FILE`: a live workshop without a window. The facilitator's editor is served on 127.0.0.1 (with its
 * token), participants join on --host (loopback unless a LAN address is given) until Ctrl+C.
 */
export const workshopCommand: CommandSpec = {
  name: 'workshop',
  usage: 'FILE [--host ADDR] [--port N]',
  summary: 'Run a live workshop on a map: participants join from their browsers until Ctrl+C.',
  positionals: { min: 1, max: 1, names: 'FILE' },
  options: [
    {
      name: 'host',
      type: 'string',
      value: 'ADDR',
      description: 'Address participants join on: one of this computer’s (default 127.0.0.1, this computer only).',
    },
    { name: 'port', type: 'string', short: 'p', value: 'N', description: 'Port participants join on (default: free).' },
  ],
  async run({ positionals, values, io, cwd }) {
    const port = parsePort(stringOption(values, 'port'));
    const address = stringOption(values, 'host') ?? '127.0.0.1';
    const dataDir = defaultDataDir();
    const host = await startBrowserHost({
      file: resolve(cwd, positionals[0]!),
      dataDir,
      rendererDir: RENDERER_DIR,
      participantPageDir: PARTICIPANT_DIR,
      version: appVersion(),
    });
    try {
      const status = await host.session['workshop/start']({ address, ...(port ? { port } : {}) });
      if (!status.running) throw new Error('the workshop did not start');
      io.out(`facilitator: ${host.url}`);
      io.out(`join: ${status.joinUrl}`);
      io.out(`code: ${status.code}`);
      io.out('Press Ctrl+C to end the workshop.');
    } catch (err) {
      await host.close();
      io.err(`tandem: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
    await untilStopped(host.close);
    return 0;
  },
};
