import { ApiFailure } from '../../../shared/api/result';
import { buildHandout, findTeam } from '../../../shared/insight/handout';
import type { CommentRow } from '../../../shared/insight/handoutComments';
import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { HANDOUT_PAPER, HANDOUT_PX, renderHandoutHtml } from '../../../shared/render/handout';
import { renderTraceHtml, tracedPain } from '../../../shared/render/traceSheet';
import type { TandemDoc } from '../../../shared/schema/document';
import { withBrowser } from './chromium';
import { printHtmlToPdf } from './printHtml';
import { checkCancelled, type ExportControl, type PrintPdf } from './progress';

/** The survey evidence a handout prints: the map's statistics and its customers' comments per touchpoint key. */
export interface HandoutEvidence {
  stats: SurveyStats | null;
  comments: (keys: readonly string[]) => ReadonlyMap<string, readonly CommentRow[]>;
}

export interface HandoutOptions extends ExportControl {
  format: 'pdf' | 'png';
  /** PNG: device pixels per CSS px (1, 2 or 3). */
  scale: number;
  now?: Date;
  evidence?: HandoutEvidence;
  browser?: import('playwright-core').Browser;
  printPdf?: PrintPdf;
}

/** The HTML of a team's handout; throws not_found, naming the map's teams, when `team` matches none. */
export function handoutHtml(doc: TandemDoc, team: string, evidence: HandoutEvidence | undefined, now: Date): string {
  const found = findTeam(doc, team);
  if (!found) {
    const names = doc.teams.map((t) => `"${t.name}"`).join(', ');
    throw new ApiFailure(
      'not_found',
      doc.teams.length === 0
        ? `This map has no teams, so there is no handout for "${team}". Add a team and give it cards first.`
        : `No team called "${team}" on this map; its teams are ${names}.`,
    );
  }
  const keys = doc.cards.flatMap((c) => (c.key === null ? [] : [c.key]));
  const handout = buildHandout(doc, found.id, evidence?.stats ?? null, evidence?.comments(keys) ?? new Map());
  if (!handout) throw new ApiFailure('not_found', `No team called "${team}" on this map.`);
  return renderHandoutHtml(doc, handout, now);
}

/**
 * A team's one-page handout as an A4 PDF (printed like every PDF export) or a PNG of the same page, with the same
 * progress steps as a map export.
 */
export async function exportHandout(doc: TandemDoc, team: string, options: HandoutOptions): Promise<Buffer> {
  options.onProgress?.({ phase: 'Laying out the handout', step: 'layout', done: 0, total: 4 });
  const html = handoutHtml(doc, team, options.evidence, options.now ?? new Date());
  return exportPage(html, 'portrait', options);
}

/** The root-cause trace from `card` (its id or title) as one A4 landscape page, PDF or PNG. */
export async function exportTrace(doc: TandemDoc, card: string, options: HandoutOptions): Promise<Buffer> {
  options.onProgress?.({ phase: 'Laying out the trace', step: 'layout', done: 0, total: 4 });
  const { cardId, pain } = tracedPain(doc, card);
  if (cardId === null) throw new ApiFailure('not_found', `No card called "${card}" on this map.`);
  if (pain === null)
    throw new ApiFailure(
      'invalid_arguments',
      `The card "${card}" has no pain point to trace; add one, or trace a card that has one.`,
    );
  return exportPage(renderTraceHtml(doc, pain.id, options.now ?? new Date()), 'landscape', options);
}

/** One self-contained A4 page printed to PDF, or drawn as a PNG of the same size. */
async function exportPage(
  html: string,
  orientation: 'portrait' | 'landscape',
  options: HandoutOptions,
): Promise<Buffer> {
  const report = (phase: string, done: number, step: 'layout' | 'chromium' | 'drawing' | 'printing' | 'done') =>
    options.onProgress?.({ phase, step, done, total: 4 });
  checkCancelled(options.signal);
  report('Starting Chromium', 1, 'chromium');
  if (options.format === 'pdf') {
    const pdf = await printHtmlToPdf(html, {
      page: { paper: 'A4', orientation, marginMm: HANDOUT_PAPER.marginMm },
      browser: options.browser,
      printPdf: options.printPdf,
      signal: options.signal,
      onStep: (step) =>
        step === 'drawing' ? report('Drawing the page', 2, 'drawing') : report('Printing to PDF', 3, 'printing'),
    });
    report('Done', 4, 'done');
    return pdf;
  }
  if (![1, 2, 3].includes(options.scale))
    throw new ApiFailure('invalid_arguments', `PNG scale must be 1, 2 or 3, not ${options.scale}.`);
  const size = orientation === 'portrait' ? HANDOUT_PX : { width: HANDOUT_PX.height, height: HANDOUT_PX.width };
  const png = await withBrowser(options.browser, async (browser) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      deviceScaleFactor: options.scale,
      viewport: size,
    });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      report('Drawing the page', 2, 'drawing');
      await page.setContent(html, { waitUntil: 'load' });
      checkCancelled(options.signal);
      return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } });
    } finally {
      await context.close();
    }
  });
  report('Done', 4, 'done');
  return png;
}
