import { describe, expect, it } from 'vitest';
import { findReferenceProblems, type TandemDoc, tandemDocSchema } from '../schema/document';
import { LANGUAGES, type Language } from '../vocabulary/language';
import { createFromTemplate, TEMPLATE_NAMES, TEMPLATES, templatesIn } from './index';

const NOW = new Date('2026-01-01T09:00:00Z');
const OTHERS = LANGUAGES.filter((l) => l !== 'en');

/** Every text a template writes into a map: what a user reads on the canvas, in the panels and on the export. */
function textsOf(doc: TandemDoc): string[] {
  return [
    doc.meta.title,
    doc.meta.description,
    ...doc.stages.map((s) => s.name),
    ...doc.lanes.map((l) => l.title),
    ...doc.cards.flatMap((c) => [c.title, c.channel, ...c.tags]),
    ...doc.links.map((l) => l.label),
    ...doc.teams.map((t) => t.name),
    ...doc.painPoints.flatMap((p) => [p.title, p.evidence]),
    ...doc.opportunities.map((o) => o.title),
    ...doc.personas.flatMap((p) => [p.name, p.role, p.goals, p.frustrations]),
    ...doc.pairings.map((p) => p.label),
    ...doc.metricValues.map((v) => v.period),
  ].filter((t) => t !== '');
}

/** The shape of a map without its words: lanes by kind, cards by cell with their facts, links, pain points, actions. */
function shapeOf(doc: TandemDoc) {
  const stage = (id: string | null) => doc.stages.findIndex((s) => s.id === id);
  const lane = (id: string) => doc.lanes.findIndex((l) => l.id === id);
  const card = (id: string) => doc.cards.findIndex((c) => c.id === id);
  const pain = (id: string) => doc.painPoints.findIndex((p) => p.id === id);
  return {
    stages: doc.stages.length,
    lanes: doc.lanes.map((l) => [l.kind, l.side, l.order]),
    cards: doc.cards.map((c) => [
      lane(c.laneId),
      stage(c.stageId),
      c.order,
      c.evidence,
      c.emotion,
      c.key,
      c.tags.length,
    ]),
    links: doc.links.map((l) => [card(l.fromId), card(l.toId), l.kind, l.label === '']),
    pains: doc.painPoints.map((p) => [card(p.cardId), p.side, p.severity, p.reach, p.votes]),
    actions: doc.opportunities.map((o) => [o.painPointIds.map(pain), o.effort, o.status]),
    metrics: doc.metrics.map((m) => [m.kind, m.side, m.questionKey]),
    values: doc.metricValues.map((v) => [stage(v.stageId), v.value, v.n]),
    pairings: doc.pairings.map((p) => [p.customerQuestion, p.employeeQuestion]),
    personas: doc.personas.map((p) => p.side),
  };
}

describe('a template in each language', () => {
  const cases = LANGUAGES.flatMap((language) => TEMPLATE_NAMES.map((name) => [name, language] as const));

  it.each(cases)(
    'the "%s" template in %s parses, has no reference problems and records its language',
    (name, language) => {
      const doc = createFromTemplate(name, undefined, NOW, language);
      expect(tandemDocSchema.safeParse(doc).success).toBe(true);
      expect(findReferenceProblems(doc)).toEqual([]);
      expect(doc.meta.language).toBe(language);
    },
  );

  it.each(OTHERS.flatMap((language) => TEMPLATE_NAMES.map((name) => [name, language] as const)))(
    'the "%s" template in %s has the English one’s shape and none of its words',
    (name, language) => {
      const english = createFromTemplate(name, undefined, NOW, 'en');
      const doc = createFromTemplate(name, undefined, NOW, language);
      expect(shapeOf(doc)).toEqual(shapeOf(english));
      // Abbreviations the field writes the same in every language (NPS, CX + EX) are not words of a language.
      const englishWords = new Set(textsOf(english).filter((t) => /[a-z]{3,}/.test(t)));
      expect(textsOf(doc).filter((t) => englishWords.has(t))).toEqual([]);
    },
  );

  it('writes Ukrainian stage and lane names, with the glossary’s terms', () => {
    const doc = createFromTemplate('linked-cx-ex', undefined, NOW, 'uk');
    expect(doc.meta.title).toBe('Пов’язана карта CX–EX');
    expect(doc.stages.map((s) => s.name)).toEqual(['Пошук', 'Вибір', 'Покупка', 'Користування', 'Підтримка']);
    expect(doc.lanes.map((l) => l.title)).toContain('Точки контакту');
    expect(doc.lanes.find((l) => l.kind === 'backstage')?.title).toMatch(/^Бек-офіс/);
    expect(doc.pairings.map((p) => p.label)).toContain('Проблему розв’язано');
  });

  it('numbers the blank template’s stages in the map’s language', () => {
    const names = (language: Language) =>
      createFromTemplate('blank', undefined, NOW, language).stages.map((s) => s.name);
    expect(names('en')).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    expect(names('pl')).toEqual(['Etap 1', 'Etap 2', 'Etap 3']);
    expect(names('zh')).toEqual(['阶段 1', '阶段 2', '阶段 3']);
  });

  it('records English when no language is named, and keeps a typed title in any language', () => {
    expect(createFromTemplate('sample').meta.language).toBe('en');
    expect(createFromTemplate('service-blueprint', '  Відкрити рахунок ', NOW, 'uk').meta.title).toBe(
      'Відкрити рахунок',
    );
  });
});

describe('the sample map in each language', () => {
  it.each([
    ['uk', 'Олена', '₴'],
    ['ru', 'Марина', '₽'],
    ['pl', 'Agnieszka', 'zł'],
    ['zh', '王芳', '¥'],
  ] as const)('tells a local story in %s: its own customer (%s) and currency (%s)', (language, name, currency) => {
    const doc = createFromTemplate('sample', undefined, NOW, language);
    const customer = doc.personas.find((p) => p.id === doc.meta.customerPersonaId);
    expect(customer?.name).toBe(name);
    expect(textsOf(doc).join('\n')).toContain(currency);
  });

  it('tells the Chinese sample in Chinese: a store in Shanghai, scan-to-pay at the till, Double Eleven', () => {
    const doc = createFromTemplate('sample', undefined, NOW, 'zh');
    const all = textsOf(doc).join('\n');
    expect(all).toContain('上海');
    expect(all).toContain('扫码');
    expect(all).toContain('双十一');
    // Card titles are Chinese throughout: no Latin word of three letters or more.
    expect(doc.cards.map((c) => c.title).filter((t) => /[A-Za-z]{3,}/.test(t))).toEqual([]);
  });

  it('keeps the survey sample’s touchpoint keys in every language', () => {
    const keys = (language: Language) =>
      createFromTemplate('sample', undefined, NOW, language)
        .cards.flatMap((c) => (c.key ? [c.key] : []))
        .sort();
    for (const language of OTHERS) expect(keys(language)).toEqual(keys('en'));
  });
});

describe('templatesIn', () => {
  it('lists every template with its title and description in the language asked for', () => {
    expect(TEMPLATES.map((t) => t.title)).toEqual([
      'Blank map',
      'Service blueprint',
      'Linked CX–EX map',
      'Employee journey',
      'Sample: retail checkout',
    ]);
    const polish = templatesIn('pl');
    expect(polish.map((t) => t.name)).toEqual([...TEMPLATE_NAMES]);
    expect(polish.find((t) => t.name === 'service-blueprint')?.title).toBe('Schemat usługi (blueprint)');
    expect(templatesIn('zh').find((t) => t.name === 'employee-journey')?.title).toBe('员工旅程');
  });
});
