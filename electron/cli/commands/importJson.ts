import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { findTextBreach } from '../../../shared/bounds';
import { JSON_LIMITS, MAX_JSON_FILE_BYTES, formatBytes } from '../../../shared/limits';
import { importJson } from '../../../shared/render/json';
import { DocumentStore } from '../../services/documentStore';
import { fileKind, readRegularFile } from '../../services/fileSafety';
import { plural, stringOption, UsageError, type CommandSpec } from '../command';

/** `tandem import-json MAP.json --out FILE.tandem`: a new map file from a JSON export. Never overwrites. */
export const importJsonCommand: CommandSpec = {
  name: 'import-json',
  usage: 'MAP.json --out FILE.tandem',
  summary: 'Create a map file from a Tandem JSON export (the reverse of "export --format json").',
  positionals: { min: 1, max: 1, names: 'MAP.json' },
  options: [
    {
      name: 'out',
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'The new .tandem file to create (required; never overwritten).',
    },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const outGiven = stringOption(values, 'out');
    if (!outGiven) throw new UsageError('import-json needs --out FILE.tandem: the map file to create');
    if (extname(outGiven).toLowerCase() !== '.tandem')
      throw new UsageError(`--out must name a .tandem file, not "${outGiven}"`);
    const source = resolve(cwd, given);
    const out = resolve(cwd, outGiven);
    // Refused up front: reading a FIFO or /dev/zero would never end.
    const kind = fileKind(source);
    if (kind === 'missing') {
      io.err(`tandem: ${given}: no such file`);
      return 1;
    }
    if (kind !== 'file') {
      io.err(`tandem: ${given} is ${kind}, not a JSON file`);
      return 1;
    }
    if (existsSync(out)) {
      io.err(`tandem: ${outGiven} already exists; choose another name (tandem never overwrites a file)`);
      return 1;
    }
    if (!existsSync(dirname(out))) {
      io.err(`tandem: the folder ${dirname(out)} does not exist`);
      return 1;
    }
    // The size before reading, then the structure before parsing: a small file can still hold a million objects.
    const size = statSync(source).size;
    if (size > MAX_JSON_FILE_BYTES) {
      io.err(
        `tandem: ${given} is ${formatBytes(size)}; Tandem imports JSON files of at most ${formatBytes(MAX_JSON_FILE_BYTES)}. Nothing was created.`,
      );
      return 1;
    }
    const text = readRegularFile(source, 'JSON file', MAX_JSON_FILE_BYTES).toString('utf8');
    const breach = findTextBreach(text, JSON_LIMITS, 'this file');
    if (breach !== null) {
      io.err(`tandem: ${given}: ${breach}. Nothing was created.`);
      return 1;
    }
    let doc;
    try {
      doc = importJson(text);
    } catch (err) {
      io.err(`tandem: ${given}: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
    // Written complete under a temporary name, then renamed: a kill never leaves half a map at --out.
    DocumentStore.create(out, doc).close();
    io.out(
      `Created ${outGiven} from ${given} (${plural(doc.stages.length, 'stage')}, ${plural(doc.lanes.length, 'lane')}, ${plural(doc.cards.length, 'card')}).`,
    );
    return 0;
  },
};
