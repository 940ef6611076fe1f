import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderAtIndex, orderBetween } from './order';

describe('orderBetween', () => {
  it('gives 1 for the first item of an empty list', () => {
    expect(orderBetween(undefined, undefined)).toBe(1);
  });

  it('gives a key one below the first item when inserting at the start', () => {
    expect(orderBetween(undefined, 5)).toBe(4);
    expect(orderBetween(undefined, -3)).toBe(-4);
  });

  it('gives a key one above the last item when inserting at the end', () => {
    expect(orderBetween(5, undefined)).toBe(6);
  });

  it('gives the midpoint between two neighbours', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(-1, 1)).toBe(0);
  });

  it('is strictly between any two neighbours that are not too close together', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, gap) => {
        const key = orderBetween(a, a + gap);
        expect(key).toBeGreaterThan(a);
        expect(key).toBeLessThan(a + gap);
      }),
    );
  });

  it('stays strictly between neighbours for 40 inserts in a row at the same place', () => {
    let before = 1;
    const after = 2;
    for (let i = 0; i < 40; i++) {
      const key = orderBetween(before, after);
      expect(key).toBeGreaterThan(before);
      expect(key).toBeLessThan(after);
      before = key;
    }
  });
});

describe('orderAtIndex', () => {
  const orders = [1, 2, 3];

  it('puts an item first, between two items, or last', () => {
    expect(orderAtIndex(orders, 0)).toBe(0);
    expect(orderAtIndex(orders, 1)).toBe(1.5);
    expect(orderAtIndex(orders, 2)).toBe(2.5);
    expect(orderAtIndex(orders, 3)).toBe(4);
  });

  it('clamps an index outside the list to its start or end', () => {
    expect(orderAtIndex(orders, -5)).toBe(0);
    expect(orderAtIndex(orders, 99)).toBe(4);
  });

  it('gives 1 in an empty list', () => {
    expect(orderAtIndex([], 0)).toBe(1);
  });

  it('always lands the item at the index asked for', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 20 }),
        fc.nat(25),
        (raw, index) => {
          const sorted = [...raw].sort((a, b) => a - b);
          const key = orderAtIndex(sorted, index);
          const landed = [...sorted, key].sort((a, b) => a - b).indexOf(key);
          expect(landed).toBe(Math.min(index, sorted.length));
          expect(sorted).not.toContain(key);
        },
      ),
    );
  });
});
