import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { describeIssues } from '../../../shared/commands/entity';
import {
  EXPORT_EXTENSION,
  exportFormatSchema,
  exportRequestSchema,
  paperSchema,
} from '../../../shared/render/exportOptions';
import { DocumentStore } from '../../services/documentStore';
import { runExport } from '../../services/export/index';
import { printedMetricValues, printedTrend } from '../../services/export/metricValues';
import { customerComments } from '../../services/surveyComments';
import { mapEvidence } from '../../services/evidence';
import { surveyStats } from '../../services/surveyStats';
import { flag, plural, stringOption, UsageError, type CommandSpec, type OptionValues } from '../command';

const FORMATS = exportFormatSchema.options;
const PAPERS = paperSchema.options;

/** Matches a user's spelling of a choice case-insensitively ("a3" → "A3", "letter" → "Letter"). */
function choice<T extends string>(given: string | undefined, options: readonly T[], what: string): T | undefined {
  if (given === undefined) return undefined;
  const found = options.find((o) => o.toLowerCase() === given.toLowerCase());
  if (!found) throw new UsageError(`unknown ${what} "${given}"; choose one of ${options.join(', ')}`);
  return found;
}

function numberOption(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} needs a number, not "${raw}"`);
  return n;
}

/** `tandem export FILE.tandem --format pdf|png|svg|json|csv [...]`. */
export const exportCommand: CommandSpec = {
  name: 'export',
  usage:
    'FILE.tandem [--format pdf|png|svg|json|csv] [--out PATH] [--handout TEAM | --trace CARD] [--paper A4|A3|A2|Letter|Tabloid] [--orientation portrait|landscape] [--fit page|tiles] [--scale N | --pages-wide N] [--appendix]',
  summary:
    'Export a map as PDF, PNG, SVG, JSON or CSV (PDF and PNG need Chromium; set CHROMIUM_PATH if it is not found).',
  positionals: { min: 1, max: 1, names: 'FILE.tandem' },
  options: [
    {
      name: 'format',
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      description: `${FORMATS.join(', ')} (default: from --out, else pdf).`,
    },
    {
      name: 'out',
      type: 'string',
      short: 'o',
      value: 'PATH',
      description: 'File to write (default: beside the map, same name). CSV also writes NAME-actions.csv.',
    },
    { name: 'paper', type: 'string', value: 'SIZE', description: `PDF paper: ${PAPERS.join(', ')} (default A3).` },
    { name: 'orientation', type: 'string', value: 'O', description: 'PDF: portrait or landscape (default landscape).' },
    {
      name: 'fit',
      type: 'string',
      value: 'MODE',
      description: 'PDF: page (whole map on one page, default) or tiles (overview + pages at --scale).',
    },
    {
      name: 'scale',
      type: 'string',
      value: 'N',
      description: 'PDF tiles: size on paper, 1 = canvas size (0.1–4). PNG: 1, 2 or 3 (pixel density).',
    },
    {
      name: 'pages-wide',
      type: 'string',
      value: 'N',
      description: 'PDF tiles: fit the stages on N pages across, at the largest scale that does (instead of --scale).',
    },
    { name: 'margin', type: 'string', value: 'MM', description: 'PDF margin in millimetres (default 10).' },
    {
      name: 'appendix',
      type: 'boolean',
      description: 'PDF: add legend, CX + EX scorecard, pain point register and actions pages.',
    },
    { name: 'transparent', type: 'boolean', description: 'PNG/SVG: transparent instead of white background.' },
    { name: 'author', type: 'string', value: 'TEXT', description: 'PDF: the Author field.' },
    {
      name: 'handout',
      type: 'string',
      value: 'TEAM',
      description:
        "PDF/PNG: the team's one-page A4 handout (the customer moments its cards shape, their figures and comments) instead of the map.",
    },
    {
      name: 'trace',
      type: 'string',
      value: 'CARD',
      description:
        "PDF/PNG: the root-cause trace of the card's (title or id) highest-priority pain point on one A4 page instead of the map.",
    },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const file = resolve(cwd, given);
    const outGiven = stringOption(values, 'out');
    const fromOut = outGiven ? FORMATS.find((f) => EXPORT_EXTENSION[f] === extname(outGiven).toLowerCase()) : undefined;
    const format = choice(stringOption(values, 'format'), FORMATS, 'format') ?? fromOut ?? 'pdf';
    const out = outGiven
      ? resolve(cwd, outGiven)
      : join(dirname(file), `${basename(file, extname(file))}${EXPORT_EXTENSION[format]}`);
    const parsed = exportRequestSchema.safeParse({
      format,
      path: out,
      paper: choice(stringOption(values, 'paper'), PAPERS, 'paper'),
      orientation: choice(stringOption(values, 'orientation'), ['portrait', 'landscape'] as const, 'orientation'),
      fit: choice(stringOption(values, 'fit'), ['page', 'tiles'] as const, 'fit'),
      scale: numberOption(values, 'scale'),
      pagesWide: numberOption(values, 'pages-wide'),
      marginMm: numberOption(values, 'margin'),
      appendix: flag(values, 'appendix'),
      background: flag(values, 'transparent') ? 'transparent' : 'white',
      author: stringOption(values, 'author'),
      handout: stringOption(values, 'handout'),
      trace: stringOption(values, 'trace'),
    });
    if (!parsed.success) throw new UsageError(describeIssues(parsed.error as z.ZodError));
    if (!existsSync(file)) {
      io.err(`tandem: ${given}: no such file`);
      return 1;
    }
    if (statSync(file).isDirectory()) {
      io.err(`tandem: ${given} is a folder, not a map file`);
      return 1;
    }
    const store = DocumentStore.open(file);
    let doc: typeof store.doc;
    let metricValues: ReturnType<typeof printedMetricValues>;
    let stats: ReturnType<typeof surveyStats>;
    let comments: ReturnType<typeof customerComments>;
    let trend: ReturnType<typeof printedTrend>;
    let judged: ReturnType<typeof mapEvidence>;
    try {
      doc = store.doc;
      stats = surveyStats(store, 'site');
      metricValues = printedMetricValues(doc, stats);
      trend = parsed.data.format === 'pdf' && parsed.data.appendix ? printedTrend(store) : undefined;
      comments = customerComments(
        store.database,
        doc.cards.flatMap((c) => (c.key === null ? [] : [c.key])),
      );
      judged = mapEvidence(store);
    } finally {
      store.close();
    }
    const result = await runExport(doc, parsed.data, {
      metricValues,
      sites: stats.sites,
      judged,
      evidence: { stats, comments: () => comments },
      ...(trend ? { trend } : {}),
    });
    const shown = result.files.map((f) => relative(cwd, f) || f);
    const pages =
      result.mapPages === null
        ? ''
        : ` (${plural(result.mapPages, 'map page')}${parsed.data.appendix ? ' + appendix' : ''})`;
    if (parsed.data.trace !== undefined)
      io.out(`Exported the root-cause trace of ${parsed.data.trace} from ${given} to ${shown.join(', ')}.`);
    else if (parsed.data.handout !== undefined)
      io.out(`Exported the handout of ${parsed.data.handout} from ${given} to ${shown.join(', ')}.`);
    else io.out(`Exported ${given} to ${shown.join(', ')}${pages}.`);
    return 0;
  },
};
