import { describe, expect, it } from 'vitest';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import { applyCommand } from '../commands';
import { tandemDocSchema } from '../schema/document';
import { createFromTemplate } from '../templates';
import { languageOfLocales, mapLanguage } from './language';

describe("a map's language", () => {
  it('is English on a new map from a template, recorded in the map', () => {
    const doc = createFromTemplate('blank');
    expect(doc.meta.language).toBe('en');
    expect(mapLanguage(doc)).toBe('en');
  });

  it('reads as English on a map saved before maps had a language', () => {
    const map = makeMap();
    const { language: _dropped, ...old } = map.meta;
    const doc = tandemDocSchema.parse({ ...map, meta: old });
    expect(doc.meta.language).toBeUndefined();
    expect(mapLanguage(doc)).toBe('en');
  });

  it('is changed with map/update; undo gives the old language back', () => {
    const { doc } = expectUndoRedo(makeMap(), { type: 'map/update', patch: { language: 'pl' } });
    expect(mapLanguage(doc)).toBe('pl');
  });

  it('is kept when another setting of the map changes', () => {
    const polish = applyCommand(makeMap(), { type: 'map/update', patch: { language: 'uk' } }).doc;
    const renamed = applyCommand(polish, { type: 'map/update', patch: { title: 'Відкриття рахунку' } }).doc;
    expect(renamed.meta.language).toBe('uk');
  });

  it('refuses a language Tandem does not speak and changes nothing', () => {
    expectRefused(
      makeMap(),
      { type: 'map/update', patch: { language: 'de' } },
      'invalid',
      /language must be en, ru, uk, pl or zh, not "de"/,
    );
  });
});

describe('the language the UI starts in', () => {
  it.each([
    [['pl-PL', 'en-US'], 'pl'],
    [['zh-CN'], 'zh'],
    [['zh-Hans-CN'], 'zh'],
    [['de-DE', 'uk-UA', 'ru'], 'uk'],
    [['ru_RU'], 'ru'],
    [['EN-gb'], 'en'],
  ] as const)('takes the first locale Tandem speaks from %j', (tags, want) => {
    expect(languageOfLocales(tags)).toBe(want);
  });

  it('finds none when the user reads only languages Tandem does not speak', () => {
    expect(languageOfLocales(['de-DE', 'fr', ''])).toBeNull();
    expect(languageOfLocales([])).toBeNull();
  });
});
