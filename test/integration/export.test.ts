import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../../electron/services/export/chromium';
import { runExport } from '../../electron/services/export/index';
import { pngSize } from '../../electron/services/export/png';
import { exportRequestSchema } from '../../shared/render/exportOptions';
import { planPrint } from '../../shared/render/print';
import { measureMap } from '../../shared/render/svg';
import { xmlProblems } from '../../shared/render/testing/strictXml';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';
import { makeLargeMap } from '../fixtures/maps/largeMap';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

const CYRILLIC = 'Оплата на кассе';
const CHINESE = '在收银台付款';

/** The sample map with one card renamed to Cyrillic and one to Chinese, saved as a .tandem file. */
function sampleFile(dir: string): { file: string; doc: TandemDoc } {
  const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
  const queue = doc.cards.find((c) => c.title === 'Queues at the till to pay');
  const orders = doc.cards.find((c) => c.title === 'Orders online for home delivery');
  if (!queue || !orders) throw new Error('the sample map changed');
  queue.title = CYRILLIC;
  orders.title = CHINESE;
  const file = join(dir, 'sample.tandem');
  DocumentStore.create(file, doc).close();
  return { file, doc };
}

/**
 * pdftotext's text in drawing order (-raw keeps a card's wrapped lines together) with all whitespace removed:
 * wrapping turns spaces into line breaks, and poppler drops the space between Chinese and Latin words.
 */
function pdfText(pdf: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return squeeze(execFileSync('pdftotext', ['-raw', ...range, pdf, '-'], { encoding: 'utf8' }));
}

/** Text without whitespace, for comparing with pdfText. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

const request = (path: string, over: Partial<Record<string, unknown>>) => exportRequestSchema.parse({ path, ...over });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  removeTempDirs();
});

describe('tandem export --format pdf', () => {
  it('prints a tiled A4 PDF whose text holds every card title (Cyrillic and Chinese too) and whose page count matches the tiling', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    const result = await runCli(
      [
        'export',
        'sample.tandem',
        '--format',
        'pdf',
        '--paper',
        'A4',
        '--orientation',
        'landscape',
        '--fit',
        'tiles',
        '--scale',
        '0.8',
        '--author',
        'Ана Тестова',
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(dir, 'sample.pdf');
    const plan = planPrint(doc, { paper: 'A4', orientation: 'landscape', fit: 'tiles', scale: 0.8 });
    expect(plan.mapPages).toBe(1 + plan.rows * plan.cols);
    expect(plan.mapPages).toBeGreaterThan(2);
    expect(result.stdout).toContain(`(${plan.mapPages} map pages)`);
    const info = pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(plan.mapPages);
    expect(info.Title).toBe(doc.meta.title);
    expect(info.Author).toBe('Ана Тестова');
    expect(info['Page size']).toMatch(/^841\.\d+ x 59\d\.\d+ pts \(A4\)/);

    // The tile pages alone (after the overview) carry every card title.
    const tiles = pdfText(pdf, 2);
    for (const card of doc.cards) expect(tiles, card.title).toContain(squeeze(card.title));
    expect(tiles).toContain(squeeze(CYRILLIC));
    expect(tiles).toContain(CHINESE);
    // Stage and lane headers repeat on every tile page.
    for (let page = 2; page <= plan.mapPages; page++) {
      const text = pdfText(pdf, page, page);
      expect(text, `page ${page}`).toMatch(/Row\dof\dColumn\dof\d/);
      expect(text, `page ${page}`).toMatch(/Discover|Buy|Receive|Use|Gethelp/);
    }
  });

  it('fits the whole map on one page, and adds appendix pages with the register and actions', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    await runExport(doc, request(join(dir, 'one.pdf'), { format: 'pdf', paper: 'A3', fit: 'page' }), { browser });
    expect(pdfInfo(join(dir, 'one.pdf')).Pages).toBe('1');
    const one = pdfText(join(dir, 'one.pdf'));
    for (const card of doc.cards) expect(one, card.title).toContain(squeeze(card.title));

    const res = await runExport(
      doc,
      request(join(dir, 'appendix.pdf'), { format: 'pdf', paper: 'Letter', orientation: 'portrait', appendix: true }),
      { browser },
    );
    expect(res.mapPages).toBe(1);
    const pages = Number(pdfInfo(join(dir, 'appendix.pdf')).Pages);
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = pdfText(join(dir, 'appendix.pdf'), 2);
    for (const heading of ['Legend', 'CX + EX scorecard', 'Pain point register', 'Actions and owners'])
      expect(text).toContain(squeeze(heading));
    for (const p of doc.painPoints) expect(text).toContain(squeeze(p.title));
    expect(text.indexOf(squeeze('Card terminal handshake takes up to 40 s'))).toBeLessThan(
      text.indexOf(squeeze('Waits 8+ minutes at peak times')),
    );
    expect(text).toContain(squeeze('Fix the card-terminal handshake before peak season'));
  });

  it('renders pages that pdftoppm can rasterise', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    const pdf = join(dir, 'tiles.pdf');
    await runExport(doc, request(pdf, { format: 'pdf', paper: 'A3', fit: 'tiles', scale: 1.5, appendix: true }), {
      browser,
    });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, 'page')]);
    const pngs = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pngs.length).toBe(Number(pdfInfo(pdf).Pages));
    for (const f of pngs) expect(pngSize(readFileSync(join(dir, f))).width).toBeGreaterThan(500);
  });

  it('tiles a 300-card map into exactly the pages the arithmetic predicts', async () => {
    const dir = tempDir('tandem-export-');
    const doc = makeLargeMap(300, 14);
    const pdf = join(dir, 'large.pdf');
    const res = await runExport(
      doc,
      request(pdf, { format: 'pdf', paper: 'A4', orientation: 'portrait', fit: 'tiles', scale: 1 }),
      { browser },
    );
    const plan = planPrint(doc, { paper: 'A4', orientation: 'portrait', fit: 'tiles', scale: 1 });
    expect(res.mapPages).toBe(plan.mapPages);
    expect(Number(pdfInfo(pdf).Pages)).toBe(plan.mapPages);
    expect(plan.cols).toBeGreaterThan(3);
    const text = pdfText(pdf, 2);
    for (const card of doc.cards) expect(text, card.title).toContain(squeeze(card.title));
  });
});

describe('tandem export --format png', () => {
  it('writes a PNG of exactly scale × the map size, at 1× and 2×, white or transparent', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    const { width, height } = measureMap(doc);
    for (const scale of [1, 2]) {
      const path = join(dir, `map${scale}.png`);
      const res = await runExport(
        doc,
        request(path, { format: 'png', scale, background: scale === 2 ? 'transparent' : 'white' }),
        { browser },
      );
      expect(res.files).toEqual([path]);
      const png = readFileSync(path);
      expect(pngSize(png)).toEqual({ width: width * scale, height: height * scale });
      // IHDR colour type 6 = RGBA: the transparent one keeps its alpha channel.
      if (scale === 2) expect(png[25]).toBe(6);
    }
  });

  it('is exported from the command line at 3×', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    const result = await runCli(['export', 'sample.tandem', '--format', 'png', '--scale', '3', '--out', 'big.png'], {
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    const { width, height } = measureMap(doc);
    expect(pngSize(readFileSync(join(dir, 'big.png')))).toEqual({ width: width * 3, height: height * 3 });
  });
});

describe('tandem export --format svg, json and csv', () => {
  it('writes a strict-XML, script-free SVG with every title', async () => {
    const dir = tempDir('tandem-export-');
    const { doc } = sampleFile(dir);
    const result = await runCli(['export', 'sample.tandem', '--format', 'svg'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const svg = readFileSync(join(dir, 'sample.svg'), 'utf8');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script|javascript:|\son\w+\s*=|href=/i);
    for (const card of doc.cards) expect(svg).toContain(card.title.split(' ')[0]!);
    expect(svg).toContain(CYRILLIC);
    expect(svg).toContain(CHINESE);
    // Chromium's own XML parser agrees that the file is well-formed.
    const page = await browser.newPage();
    const errors = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length,
      svg,
    );
    await page.close();
    expect(errors).toBe(0);
  });

  it('round-trips JSON through export and import-json to an identical map', async () => {
    const dir = tempDir('tandem-export-');
    const { file } = sampleFile(dir);
    expect((await runCli(['export', 'sample.tandem', '--out', 'copy.json'], { cwd: dir })).code).toBe(0);
    const imported = await runCli(['import-json', 'copy.json', '--out', 'copy.tandem'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const a = DocumentStore.open(file);
    const b = DocumentStore.open(join(dir, 'copy.tandem'));
    expect(b.doc).toEqual(a.doc);
    a.close();
    b.close();
  });

  it('writes the pain point and action CSVs side by side', async () => {
    const dir = tempDir('tandem-export-');
    sampleFile(dir);
    const result = await runCli(['export', 'sample.tandem', '--format', 'csv', '--out', 'register.csv'], { cwd: dir });
    expect(result.stdout.trim()).toBe('Exported sample.tandem to register.csv, register-actions.csv.');
    expect(readFileSync(join(dir, 'register.csv'), 'utf8')).toMatch(
      /^\uFEFFRank,Priority,Pain point,Card,Stage,Lane,Side,Severity,Reach,Votes,Status,Team/,
    );
    expect(readFileSync(join(dir, 'register-actions.csv'), 'utf8')).toContain('Owner team');
  });

  it('keeps formula-like pain point and action titles as text in both CSVs, line breaks and U+2028 too', async () => {
    const dir = tempDir('tandem-export-');
    const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
    doc.painPoints[0]!.title = '=HYPERLINK("http://evil.example","open")\u2028see';
    doc.opportunities[0]!.title = '@SUM(1+1)\nand more';
    DocumentStore.create(join(dir, 'sample.tandem'), doc).close();
    const result = await runCli(['export', 'sample.tandem', '--format', 'csv', '--out', 'register.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const pains = readFileSync(join(dir, 'register.csv'), 'utf8');
    const actions = readFileSync(join(dir, 'register-actions.csv'), 'utf8');
    expect(pains).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")\u2028see"`);
    expect(actions).toContain(`"'@SUM(1+1)\nand more"`);
    // The answered pain's title is written in the actions file too, neutralised there as well.
    expect(actions).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('tandem export refusals', () => {
  it('says clearly when no Chromium can be found', async () => {
    const dir = tempDir('tandem-export-');
    sampleFile(dir);
    const result = await runCli(['export', 'sample.tandem', '--format', 'pdf'], {
      cwd: dir,
      env: { CHROMIUM_PATH: join(dir, 'no-chromium') },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/CHROMIUM_PATH points at .*no-chromium, which does not exist/);
    expect(existsSync(join(dir, 'sample.pdf'))).toBe(false);
  });

  it('never writes over a map file, and rejects bad options as usage errors', async () => {
    const dir = tempDir('tandem-export-');
    const { file } = sampleFile(dir);
    const before = readFileSync(file);
    const over = await runCli(['export', 'sample.tandem', '--format', 'svg', '--out', 'sample.tandem'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/Refusing to export over a map file/);
    expect(readFileSync(file).equals(before)).toBe(true);
    for (const [args, message] of [
      [['--paper', 'B5'], /unknown paper "B5"/],
      [['--format', 'docx'], /unknown format "docx"/],
      [['--scale', 'big'], /--scale needs a number/],
      [['--scale', '9'], /scale must be at most 4/],
    ] as const) {
      const r = await runCli(['export', 'sample.tandem', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
