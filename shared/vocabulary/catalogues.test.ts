import { describe, expect, it } from 'vitest';
import { catalogueProblems, pluralForms } from './catalogueCheck';
import { CATALOGUES, NAMESPACES } from './catalogues';
import { english, label, translatorFor } from './index';
import { LANGUAGES } from './language';

const en = CATALOGUES.en;

describe('the catalogues', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en').flatMap((l) => NAMESPACES.map((ns) => [l, ns] as const)))(
    '%s/%s has every key English has, no other, the plural forms its language needs and the same placeholders',
    (language, ns) => {
      expect(catalogueProblems(en[ns], CATALOGUES[language][ns], language)).toEqual([]);
    },
  );

  it('finds a missing key, an extra key, a placeholder mismatch, an empty text and a missing plural form', () => {
    const broken = { ...CATALOGUES.pl.export } as Record<string, string>;
    delete broken['legend.links'];
    broken['legend.linksTypo'] = 'Powiązania';
    broken['page.mapPage'] = 'Strona mapy {{page}} z {{all}}';
    broken['page.wholeMap'] = ' ';
    expect(catalogueProblems(en.export, broken, 'pl')).toEqual([
      'legend.links: missing',
      'page.wholeMap: empty',
      'page.mapPage: placeholders {all,page} where English has {page,total}',
      'legend.linksTypo: not in English',
    ]);
    const vocabulary = { ...CATALOGUES.ru.vocabulary } as Record<string, string>;
    delete vocabulary['count.card_many'];
    vocabulary['count.card_two'] = '{{count}} карточки';
    vocabulary['count.lane_few'] = 'дорожки';
    expect(catalogueProblems(en.vocabulary, vocabulary, 'ru')).toEqual([
      'count.card: plural forms few/one/other/two, ru needs few/many/one/other',
      'count.lane_few: placeholders {} where English has {count}',
    ]);
  });

  it('needs one/few/many/other in Russian, Ukrainian and Polish, one/other in English and other alone in Chinese', () => {
    expect(pluralForms('ru')).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralForms('uk')).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralForms('pl')).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralForms('en')).toEqual(['one', 'other']);
    expect(pluralForms('zh')).toEqual(['other']);
  });
});

describe('translatorFor', () => {
  const count = (language: Parameters<typeof translatorFor>[0], n: number) =>
    label('count.card', { count: n, t: translatorFor(language) });

  it('counts cards in Russian: 1 карточка, 2 карточки, 5 карточек, 21 карточка', () => {
    expect([1, 2, 5, 21].map((n) => count('ru', n))).toEqual(['1 карточка', '2 карточки', '5 карточек', '21 карточка']);
  });

  it('counts cards in Ukrainian: 1 картка, 3 картки, 11 карток', () => {
    expect([1, 3, 11].map((n) => count('uk', n))).toEqual(['1 картка', '3 картки', '11 карток']);
  });

  it('counts cards in Polish: 1 karta, 2 karty, 5 kart, 22 karty', () => {
    expect([1, 2, 5, 22].map((n) => count('pl', n))).toEqual(['1 karta', '2 karty', '5 kart', '22 karty']);
  });

  it('counts cards in Chinese with one form: 1 张卡片, 5 张卡片', () => {
    expect([1, 5].map((n) => count('zh', n))).toEqual(['1 张卡片', '5 张卡片']);
  });

  it('counts pain points in Polish: 1 punkt bólu, 3 punkty bólu, 12 punktów bólu', () => {
    const t = translatorFor('pl');
    expect([1, 3, 12].map((n) => label('count.painPoint', { count: n, t }))).toEqual([
      '1 punkt bólu',
      '3 punkty bólu',
      '12 punktów bólu',
    ]);
  });

  it('names the line of visibility in each language', () => {
    expect(LANGUAGES.map((l) => label('blueprintLine.visibility', { t: translatorFor(l) }))).toEqual([
      'Line of visibility',
      'Линия видимости',
      'Лінія видимості',
      'Linia widoczności',
      '可视线',
    ]);
    expect(label('laneKind.touchpoint', { t: translatorFor('pl') })).toBe('Punkt styku');
    expect(label('laneKind.touchpoint', { t: translatorFor('uk') })).toBe('Точка контакту');
  });

  it('gives in English exactly what the English translator without i18next gives, counts included', () => {
    const t = translatorFor('en');
    for (const key of Object.keys(en.vocabulary)) {
      const base = key.replace(/_(one|other)$/, '') as Parameters<typeof english>[0];
      if (base !== key) for (const n of [0, 1, 2]) expect(t(base, { count: n }), key).toBe(english(base, { count: n }));
      else expect(t(base), key).toBe(english(base));
    }
  });
});
