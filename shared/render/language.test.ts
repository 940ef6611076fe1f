import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { PRIORITY_FORMULA } from '../metrics/priority';
import type { TandemDoc } from '../schema/document';
import { createFromTemplate } from '../templates/index';
import { type Language, localeFor } from '../vocabulary';
import { escapeXml } from './escape';
import { renderPrintHtml } from './print';
import { actionsCsv, painPointsCsv } from './registerCsv';
import { renderMapSvg } from './svg';

const NOW = new Date('2026-03-01T10:00:00Z');

/** The sample map speaking `language`, with a CES value so the scorecard shows a decimal. */
function sampleIn(language: Language): TandemDoc {
  const doc = createFromTemplate('sample', undefined, NOW);
  doc.meta.language = language;
  const ces = doc.metrics.find((m) => m.kind === 'ces');
  const stage = doc.stages[0];
  if (!ces || !stage) throw new Error('the sample map changed');
  doc.metricValues.push({
    id: newId(),
    metricId: ces.id,
    cardId: null,
    stageId: stage.id,
    value: 4.25,
    n: 40,
    period: 'Q3',
  });
  return doc;
}

/** The text of every `<text>` element, wrapped lines joined with a space, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/** Everything a user typed into the map, as one string: any piece of it on the page is the user's, not Tandem's. */
function userText(doc: TandemDoc): string {
  return [
    doc.meta.title,
    doc.meta.description,
    ...doc.stages.flatMap((s) => [s.name, s.description]),
    ...doc.lanes.map((l) => l.title),
    ...doc.cards.map((c) => c.title),
    ...doc.links.map((l) => l.label),
    ...doc.teams.map((t) => t.name),
    ...doc.metrics.map((m) => m.name),
    ...doc.personas.flatMap((p) => [p.name, p.role]),
    ...doc.metricValues.map((v) => v.period),
  ].join('\n');
}

describe('an export in the map’s language', () => {
  it('draws a Polish map’s lane kinds, blueprint lines and legend in Polish, and none of the English words', () => {
    const doc = sampleIn('pl');
    const polish = texts(renderMapSvg(doc, { now: NOW }));
    for (const word of ['KLIENT', 'PUNKT STYKU', 'SCENA', 'KULISY', 'WSPARCIE', 'EMOCJE · KLIENT'])
      expect(polish, word).toContain(word);
    for (const line of ['Linia interakcji', 'Linia widoczności', 'Linia interakcji wewnętrznej'])
      expect(polish, line).toContain(line);
    for (const heading of ['Powiązania:', 'Tory:', 'Wiarygodność:', 'Punkty bólu:', 'Linie schematu usługi:'])
      expect(polish, heading).toContain(heading);
    const titleBlock = polish.join(' ');
    expect(titleBlock).toContain('Eksport: 1 marca 2026 · Klient: Maya');
    expect(titleBlock).toContain('Pracownik: Tomasz');

    const english = texts(renderMapSvg({ ...doc, meta: { ...doc.meta, language: 'en' } }, { now: NOW }));
    for (const word of ['TOUCHPOINT', 'FRONTSTAGE', 'BACKSTAGE', 'Line of visibility', 'Links:', 'Observed'])
      expect(english, word).toContain(word);
    // What both drawings share is the user's own text, numbers, marks and the CX / EX abbreviations: no word of
    // Tandem's stays English.
    const typed = userText(doc);
    const own = (t: string) =>
      (t.match(/\p{L}{2,}/gu) ?? []).filter((w) => !['CX', 'EX'].includes(w) && !typed.includes(w));
    const shared = polish.filter((t) => english.includes(t) && !typed.includes(t) && own(t).length > 0);
    expect(shared).toEqual([]);
    const englishWords = new Set(english.flatMap(own));
    expect(englishWords.size).toBeGreaterThan(40);
    expect([...new Set(polish.flatMap(own))].filter((w) => englishWords.has(w))).toEqual([]);
  });

  it('writes the CSV headers and status words of a Ukrainian map in Ukrainian', () => {
    const doc = sampleIn('uk');
    const pains = painPointsCsv(doc);
    expect(pains.split('\r\n')[0]).toBe(
      '\uFEFFМісце,Пріоритет,Больова точка,Картка,Етап,Доріжка,Сторона,Критичність,Охоплення,Голоси,Статус,Команда,Джерело даних,Дії,Автор,Автор картки',
    );
    const rows = Papa.parse<Record<string, string>>(pains.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ Сторона: 'Працівник', Статус: 'Відкрита', Пріоритет: '37.5' });
    const actions = actionsCsv(doc);
    expect(actions.split('\r\n')[0]).toBe(
      '\uFEFFДія,Відповідальна команда,Трудомісткість (1-5),Статус,Найвищий пріоритет,Больові точки,Етапи',
    );
    expect(actions).toContain('У роботі');
    expect(painPointsCsv(sampleIn('en')).split('\r\n')[0]).toMatch(/^\uFEFFRank,Priority,Pain point,/);
  });

  it('prints a Ukrainian map’s pages, appendix headings, numbers and date the Ukrainian way', () => {
    const doc = sampleIn('uk');
    const { html, plan } = renderPrintHtml(doc, {
      paper: 'A3',
      orientation: 'landscape',
      fit: 'tiles',
      scale: 1.5,
      appendix: true,
      now: NOW,
    });
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain(`Огляд · сторінка карти 1 з ${plan.mapPages}`);
    expect(html).toContain(`Сторінка карти 2 з ${plan.mapPages}`);
    expect(html).toContain(`Ряд 1 з ${plan.rows}`);
    for (const heading of ['Легенда', 'Показники CX + EX', 'Реєстр больових точок', 'Дії та відповідальні'])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<b>4,25</b>');
    expect(html).toContain('<b>−12</b>');
    expect(html).toContain('Експорт: 1 березня 2026 р.');
    expect(html).toContain(escapeXml('критичність × охоплення × (1 + голоси ÷ 10)'));
    for (const english of ['Map page', 'Overview', 'Row 1 of', 'Pain point register', 'Actions and owners', 'Legend'])
      expect(html).not.toContain(english);
  });

  it('labels a Chinese map’s tiles in Chinese, marks the page as simplified Chinese, and writes shares per locale', () => {
    const doc = sampleIn('zh');
    const { html, plan } = renderPrintHtml(doc, { paper: 'A4', orientation: 'landscape', fit: 'tiles', now: NOW });
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain(`第 1 行，共 ${plan.rows} 行`);
    expect(html).toContain('可视线');
    const gaps = new Map([[doc.cards.find((c) => c.key)?.key ?? '', 0.41]]);
    expect(renderMapSvg(sampleIn('ru'), { now: NOW, perceptionGaps: gaps })).toContain('≠ 41\u00a0%');
    expect(renderMapSvg(sampleIn('pl'), { now: NOW, perceptionGaps: gaps })).toContain('≠ 41%');
  });

  it('speaks English for a map that records no language', () => {
    const doc = sampleIn('en');
    delete doc.meta.language;
    const svg = texts(renderMapSvg(doc, { now: NOW }));
    expect(svg).toContain('Line of visibility');
    expect(svg).toContain('TOUCHPOINT');
  });

  it('names the priority formula in English exactly as the metrics do', () => {
    expect(localeFor('en').say('priority.formula')).toBe(PRIORITY_FORMULA);
  });
});
