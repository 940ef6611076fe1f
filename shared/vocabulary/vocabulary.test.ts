import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { tandemDocSchema } from '../schema/document';
import { laneKindSchema } from '../schema/lane';
import { sideSchema } from '../schema/common';
import { surveyResponseSchema } from '../schema/survey';
import { en, english, label, type Translate, VOCABULARY_ENUMS } from './index';

type Def = { type: string; [part: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Every enum schema reachable from a schema: the values a user can meet in a map. */
function enumsIn(schema: unknown, found = new Set<z.ZodEnum>()): Set<z.ZodEnum> {
  const def = defOf(schema);
  switch (def.type) {
    case 'enum':
      found.add(schema as z.ZodEnum);
      break;
    case 'object':
      for (const s of Object.values(def.shape as Record<string, unknown>)) enumsIn(s, found);
      break;
    case 'array':
      enumsIn(def.element, found);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      enumsIn(def.innerType, found);
      break;
    case 'pipe':
      enumsIn(def.in, found);
      enumsIn(def.out, found);
      break;
    case 'union':
      for (const s of def.options as unknown[]) enumsIn(s, found);
      break;
  }
  return found;
}

const catalogue: Record<string, string> = en;

describe('the vocabulary', () => {
  it('names every value of every enum in the map and survey schemas', () => {
    const enums = enumsIn(surveyResponseSchema, enumsIn(tandemDocSchema));
    expect(enums.size).toBeGreaterThanOrEqual(9);
    const named = new Set<unknown>(Object.values(VOCABULARY_ENUMS));
    for (const e of enums) expect(named.has(e), `an enum of ${e.options.join(' / ')} has no key prefix`).toBe(true);
    const missing: string[] = [];
    for (const [prefix, schema] of Object.entries(VOCABULARY_ENUMS))
      for (const value of schema.options) if (!catalogue[`${prefix}.${value}`]) missing.push(`${prefix}.${value}`);
    expect(missing).toEqual([]);
  });

  it('gives every lane kind a starting title, emotion lanes one per side', () => {
    for (const kind of laneKindSchema.options) {
      const keys = kind === 'emotion' ? sideSchema.options.map((s) => `laneTitle.${kind}.${s}`) : [`laneTitle.${kind}`];
      for (const key of keys) expect(catalogue[key], key).toBeTruthy();
    }
  });

  it('keeps the kind of a lane and the title of a new lane apart: Touchpoint, Touchpoints', () => {
    expect(label('laneKind.touchpoint')).toBe('Touchpoint');
    expect(label('laneTitle.touchpoint')).toBe('Touchpoints');
  });

  it('counts in English: 1 pain point, 0 and 3 pain points', () => {
    expect(label('count.painPoint', { count: 1 })).toBe('1 pain point');
    expect(label('count.painPoint', { count: 0 })).toBe('0 pain points');
    expect(label('count.painPoint', { count: 3 })).toBe('3 pain points');
  });

  it('speaks the language of the translator it is given, with the same keys and counts', () => {
    const pl: Record<string, string> = {
      'painStatus.open': 'Otwarty',
      'count.painPoint_one': '{{count}} problem',
      'count.painPoint_few': '{{count}} problemy',
      'count.painPoint_many': '{{count}} problemów',
    };
    const rules = new Intl.PluralRules('pl');
    const polish: Translate = (key, options = {}) => {
      const { count } = options;
      const text = count === undefined ? pl[key] : pl[`${key}_${rules.select(count)}`];
      return text === undefined ? english(key, options) : text.replace('{{count}}', String(count));
    };
    expect(label('painStatus.open', { t: polish })).toBe('Otwarty');
    expect(label('count.painPoint', { count: 3, t: polish })).toBe('3 problemy');
    expect(label('count.painPoint', { count: 5, t: polish })).toBe('5 problemów');
    expect(label('evidence.observed', { t: polish })).toBe('Observed');
  });
});
