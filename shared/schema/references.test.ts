import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstUse, makeMapUsingEveryReference } from '../../test/helpers/everyReference';
import { collectionSchemas, findReferenceProblems, type TandemDoc } from './document';
import { mapMetaSchema } from './map';
import { ENTITY_NOUNS, type Holder, REFERENCES, type Reference, referencesFrom } from './references';

const HOLDERS: Holder[] = [...(Object.keys(collectionSchemas) as Holder[]), 'meta'];
const shapeOf = (h: Holder): Record<string, z.ZodType> =>
  (h === 'meta' ? mapMetaSchema : collectionSchemas[h]).shape as Record<string, z.ZodType>;
const named = (r: Reference) => `${r.from}.${r.field}`;

/** The document with one use of a reference pointed at `gone`. */
function withDangling(doc: TandemDoc, ref: Reference): { doc: TandemDoc; holderId: string | undefined } {
  const { holder } = firstUse(doc, ref);
  const changed = { ...holder, [ref.field]: ref.kind === 'list' ? ['gone'] : 'gone' };
  if (ref.from === 'meta') return { doc: { ...doc, meta: changed as TandemDoc['meta'] }, holderId: undefined };
  const list = (doc[ref.from] as { id?: string }[]).map((e) => (e === holder ? changed : e));
  return { doc: { ...doc, [ref.from]: list }, holderId: holder.id };
}

describe('the reference table', () => {
  it.each(REFERENCES.map((r) => [named(r), r] as const))(
    '%s is a field of its holder, nullable and a list exactly as its schema says',
    (_name, ref) => {
      const field = shapeOf(ref.from)[ref.field];
      expect(field, 'the holder has the field').toBeDefined();
      expect(field instanceof z.ZodNullable).toBe(ref.nullable);
      expect(field instanceof z.ZodArray).toBe(ref.kind === 'list');
    },
  );

  it('lists every field of every entity that holds ids of other entities', () => {
    for (const h of HOLDERS) {
      const idFields = Object.keys(shapeOf(h)).filter((k) => /.Ids?$/.test(k));
      expect(
        referencesFrom(h).map((r) => r.field),
        `${h}: a field that names other entities belongs in the reference table`,
      ).toEqual(expect.arrayContaining(idFields));
    }
  });

  it('lists the references of a holder after those of its targets, as a one-pass cascade needs', () => {
    REFERENCES.forEach((ref, i) => {
      const later = REFERENCES.slice(i + 1).filter((r) => r.from === ref.to);
      expect(later.map(named), `${named(ref)} comes after the references of ${ref.to}`).toEqual([]);
    });
  });

  it('says each reference with the noun of what it points at', () => {
    for (const ref of REFERENCES) expect(ref.phrase, named(ref)).toMatch(new RegExp(`${ENTITY_NOUNS[ref.to]}$`));
  });
});

describe('findReferenceProblems, from the reference table', () => {
  it('finds nothing in a map that uses every reference', () => {
    expect(findReferenceProblems(makeMapUsingEveryReference())).toEqual([]);
  });

  it.each(REFERENCES.map((r) => [named(r), r] as const))(
    'reports a dangling %s once, naming the holder, the field and the missing id',
    (_name, ref) => {
      const { doc, holderId } = withDangling(makeMapUsingEveryReference(), ref);
      const who = ref.from === 'meta' ? 'the map' : `${ENTITY_NOUNS[ref.from]} "${holderId}"`;
      expect(findReferenceProblems(doc)).toEqual([`${who} ${ref.phrase} that does not exist (${ref.field}: "gone")`]);
    },
  );

  it('reads as a sentence for a card, an action and the map', () => {
    const doc = makeMapUsingEveryReference();
    const at = (from: Holder, field: string) => REFERENCES.find((r) => r.from === from && r.field === field)!;
    const lane = withDangling(doc, at('cards', 'laneId'));
    expect(findReferenceProblems(lane.doc)).toEqual([
      `card "${lane.holderId}" is in a lane that does not exist (laneId: "gone")`,
    ]);
    const pains = withDangling(doc, at('opportunities', 'painPointIds'));
    expect(findReferenceProblems(pains.doc)).toEqual([
      `action "${pains.holderId}" answers a pain point that does not exist (painPointIds: "gone")`,
    ]);
    expect(findReferenceProblems(withDangling(doc, at('meta', 'employeePersonaId')).doc)).toEqual([
      'the map names a persona that does not exist (employeePersonaId: "gone")',
    ]);
  });
});
