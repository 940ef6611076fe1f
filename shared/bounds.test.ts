import { describe, expect, it } from 'vitest';
import { findTextBreach, findValueBreach } from './bounds';
import { JSON_LIMITS, MAP_LIMITS } from './limits';
import { exportJson } from './render/json';
import { createFromTemplate } from './templates';

/** Both walks, so every case proves text and value get the same verdict. */
function breaches(value: unknown): [string | null, string | null] {
  return [findTextBreach(JSON.stringify(value)), findValueBreach(value)];
}

describe('the pre-parse walk', () => {
  it('lets a real map through, as text and as a value', () => {
    const text = exportJson(createFromTemplate('sample'));
    expect(findTextBreach(text)).toBeNull();
    expect(findValueBreach(JSON.parse(text))).toBeNull();
  });

  it('refuses a million empty cards naming the card limit and the count', () => {
    const cards = Array.from({ length: 1_000_000 }, () => ({}));
    const [text, value] = breaches({ type: 'doc/patch', put: { cards } });
    expect(text).toBe('a map holds at most 20,000 cards; this request has 1,000,000');
    expect(value).toBe(text);
  });

  it('counts a collection one past its limit, wherever it sits', () => {
    const links = Array.from({ length: MAP_LIMITS.links + 1 }, () => 'x');
    const [text, value] = breaches({ doc: { remove: { links } } });
    expect(text).toMatch(/at most 40,000 links; this request has 40,001$/);
    expect(value).toBe(text);
    expect(breaches({ remove: { links: links.slice(1) } })).toEqual([null, null]);
  });

  it('refuses too many values spread over lists that are each allowed', () => {
    const lists = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`l${i}`, Array.from({ length: 45_000 }, () => 0)]),
    );
    const [text, value] = breaches(lists);
    expect(text).toMatch(/more than 2,000,000 values/);
    expect(value).toBe(text);
  });

  it('refuses deep nesting, a long text and a wide object', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(breaches(deep)[0]).toMatch(/nested more than 64 levels/);
    expect(breaches(deep)[1]).toMatch(/nested more than 64 levels/);
    const long = { title: 'x'.repeat(JSON_LIMITS.maxStringLength + 1) };
    expect(breaches(long)).toEqual([expect.stringMatching(/2,000,001 characters long/), expect.any(String)]);
    const wide = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i]));
    expect(breaches(wide)[0]).toMatch(/more than 1,000 fields/);
    expect(breaches(wide)[1]).toMatch(/more than 1,000 fields/);
  });

  it('reads keys and strings with escapes and brackets inside them', () => {
    const value = { 'a"b': '[{"', cards: [{ title: 'x\\u0041]}' }], n: [1, -2.5e3, true, null] };
    expect(breaches(value)).toEqual([null, null]);
  });

  it('refuses a batch over the command limit', () => {
    const commands = Array.from({ length: 50_001 }, () => ({ type: 'x' }));
    const [text, value] = breaches({ type: 'batch', commands });
    expect(text).toBe('a batch holds at most 50,000 commands; this request has 50,001');
    expect(value).toBe(text);
  });
});
