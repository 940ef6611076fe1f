import { describe, expect, it } from 'vitest';
import { firstUse, makeMapUsingEveryReference } from '../../test/helpers/everyReference';
import { ENTITY_NOUNS, REFERENCES, type Reference } from '../schema/references';
import { CommandError } from './errors';
import { checkReferences } from './references';

const named = (r: Reference) => `${r.from}.${r.field}`;

function refusal(run: () => void): CommandError {
  try {
    run();
  } catch (e) {
    if (e instanceof CommandError) return e;
    throw e;
  }
  throw new Error('expected the check to refuse');
}

describe('checkReferences, from the reference table', () => {
  it.each(REFERENCES.map((r) => [named(r), r] as const))(
    'refuses a %s that names nothing, as not found, naming what is missing',
    (_name, ref) => {
      const doc = makeMapUsingEveryReference();
      const { holder } = firstUse(doc, ref);
      expect(() => checkReferences(doc, ref.from, holder)).not.toThrow();
      const bad = { ...holder, [ref.field]: ref.kind === 'list' ? ['gone'] : 'gone' };
      const e = refusal(() => checkReferences(doc, ref.from, bad));
      expect(e.code).toBe('not_found');
      expect(e.message).toBe(`${ENTITY_NOUNS[ref.to]} "gone" does not exist`);
    },
  );

  it('checks only the fields a partial entity has, and lets null stand where the table allows it', () => {
    const doc = makeMapUsingEveryReference();
    expect(() => checkReferences(doc, 'meta', { title: 'Renamed' })).not.toThrow();
    expect(() => checkReferences(doc, 'meta', { customerPersonaId: null })).not.toThrow();
    expect(refusal(() => checkReferences(doc, 'meta', { employeePersonaId: 'nobody' })).message).toBe(
      'persona "nobody" does not exist',
    );
  });
});
