import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../../electron/services/export/chromium';
import { runExport } from '../../electron/services/export/index';
import { exportRequestSchema } from '../../shared/render/exportOptions';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';
import { CATALOGUES, type Language } from '../../shared/vocabulary';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

/** The sample map in `language` (its own story, recording the language), saved as a .tandem file. */
function sampleFile(dir: string, language: Language): { file: string; doc: TandemDoc } {
  const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'), language);
  expect(doc.meta.language).toBe(language);
  const file = join(dir, 'sample.tandem');
  DocumentStore.create(file, doc).close();
  return { file, doc };
}

/** pdftotext's text of some pages, all whitespace removed (wrapping turns spaces into line breaks). */
function pdfText(pdf: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return squeeze(execFileSync('pdftotext', ['-raw', ...range, pdf, '-'], { encoding: 'utf8' }));
}
const squeeze = (text: string) => text.replace(/\s+/g, '');
const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

/** Everything a user typed into the map, squeezed: English words there are the user's, not the export's. */
function userText(doc: TandemDoc): string {
  return squeeze(
    [
      doc.meta.title,
      doc.meta.description,
      ...doc.stages.flatMap((s) => [s.name, s.description]),
      ...doc.lanes.map((l) => l.title),
      ...doc.cards.map((c) => c.title),
      ...doc.links.map((l) => l.label),
      ...doc.teams.map((t) => t.name),
      ...doc.metrics.map((m) => m.name),
      ...doc.personas.flatMap((p) => [p.name, p.role]),
      ...doc.painPoints.map((p) => p.title),
      ...doc.opportunities.map((o) => o.title),
      ...doc.metricValues.map((v) => v.period),
    ].join(' '),
  );
}

/**
 * The English words an export prints that are Tandem's own: every text of the export namespace and of the domain
 * names the exports show, cut at its placeholders, lane kinds also in capitals as the lane headers print them.
 */
function englishExportWords(): string[] {
  const { vocabulary, export: words } = CATALOGUES.en;
  const shown =
    /^(laneKind|laneSide|blueprintLine|linkKind|linkKindMeaning|evidence|evidenceMeaning|painSide|painStatus|actionStatus|registerColumn|actionColumn)\./;
  const texts = [
    ...Object.values(words),
    ...Object.entries(vocabulary)
      .filter(([key]) => shown.test(key))
      .flatMap(([key, text]) => (key.startsWith('laneKind.') ? [text, text.toUpperCase()] : [text])),
  ];
  return [...new Set(texts.flatMap((t) => t.split(/\{\{[^}]+\}\}/)).map(squeeze))].filter((w) => /\p{L}{3,}/u.test(w));
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

describe('exports in the map’s language', () => {
  it('prints the Ukrainian sample map on A3 tiles with the appendix: Ukrainian legend, line labels and headings, no English export words', async () => {
    const dir = tempDir('tandem-export-uk-');
    const { doc } = sampleFile(dir, 'uk');
    const pdf = join(dir, 'sample.pdf');
    const res = await runExport(
      doc,
      request(pdf, { format: 'pdf', paper: 'A3', orientation: 'landscape', fit: 'tiles', scale: 1.5, appendix: true }),
      { browser, now: new Date('2026-12-03T10:00:00Z') },
    );
    expect(res.mapPages).toBeGreaterThan(2);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(res.mapPages ?? 0);
    const all = pdfText(pdf);
    const maps = pdfText(pdf, 1, res.mapPages ?? 1);
    const appendix = pdfText(pdf, (res.mapPages ?? 0) + 1);

    // Map pages: page labels, the tile corner, the lane kinds and the three blueprint lines.
    expect(maps).toContain(squeeze(`Огляд · сторінка карти 1 з ${res.mapPages}`));
    expect(maps).toContain(squeeze(`Сторінка карти 2 з ${res.mapPages}`));
    expect(maps).toMatch(/Ряд\dз\dСтовпець\dз\d/);
    for (const line of ['Лінія взаємодії', 'Лінія видимості', 'Лінія внутрішньої взаємодії'])
      expect(maps, line).toContain(squeeze(line));
    for (const kind of ['ТОЧКА КОНТАКТУ', 'ФРОНТ-ОФІС', 'БЕК-ОФІС', 'ПІДТРИМКА'])
      expect(maps, kind).toContain(squeeze(kind));
    expect(maps).toContain(squeeze('Експорт: 3 грудня 2026 р.'));

    // The appendix: its headings, the legend's own words, the register's columns and words.
    for (const heading of ['Легенда', 'Показники CX + EX', 'Реєстр больових точок', 'Дії та відповідальні'])
      expect(appendix, heading).toContain(squeeze(heading));
    for (const word of [
      'Зв’язки:',
      'Доріжки:',
      'Достовірність:',
      'Больові точки:',
      'Лінії блупринту:',
      'Спостереження(суцільнийконтур)',
    ])
      expect(appendix, word).toContain(squeeze(word));
    for (const column of ['Пріоритет', 'Больова точка', 'Критичність', 'Охоплення', 'Голоси', 'Відповідальний'])
      expect(appendix, column).toContain(squeeze(column));
    expect(appendix).toContain(squeeze('критичність × охоплення × (1 + голоси ÷ 10)'));

    // The Ukrainian sample's own text: its title, stages, teams and the customer's moment at the till.
    expect(maps).toContain(squeeze('Магазин техніки — запуск нової каси'));
    for (const stage of doc.stages) expect(maps, stage.name).toContain(squeeze(stage.name));
    expect(maps).toContain(squeeze('Стоїть у черзі до каси, щоб оплатити'));
    expect(appendix).toContain(squeeze('Персонал магазину'));

    // User text stays as typed; no word of the export's own vocabulary is left in English.
    for (const p of doc.painPoints) expect(all, p.title).toContain(squeeze(p.title));
    const typed = userText(doc);
    const words = englishExportWords().filter((w) => !typed.includes(w));
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => all.includes(w))).toEqual([]);
  });

  it('writes a Ukrainian map’s CSVs from the command line with Ukrainian headers and words', async () => {
    const dir = tempDir('tandem-export-uk-');
    sampleFile(dir, 'uk');
    const result = await runCli(['export', 'sample.tandem', '--format', 'csv', '--out', 'register.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const pains = readFileSync(join(dir, 'register.csv'), 'utf8');
    expect(pains).toMatch(/^\uFEFFМісце,Пріоритет,Больова точка,Картка,Етап,Доріжка,Сторона,Критичність,/);
    const rows = Papa.parse<Record<string, string>>(pains.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ Місце: '1', Статус: 'Відкрита', Сторона: 'Працівник' });
    expect(readFileSync(join(dir, 'register-actions.csv'), 'utf8')).toMatch(/^\uFEFFДія,Відповідальна команда,/);
  });
});
