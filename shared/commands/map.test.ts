import { describe, expect, it } from 'vitest';
import { makePersona } from '../factories';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import { applyCommand } from './apply';

describe('map/update', () => {
  it('retitles the map and changes the gap settings; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const { doc: after } = expectUndoRedo(doc, {
      type: 'map/update',
      patch: { title: 'Checkout v2', gapThreshold: 0.4, gapMinPairs: 20 },
    });
    expect(after.meta).toEqual({ ...doc.meta, title: 'Checkout v2', gapThreshold: 0.4, gapMinPairs: 20 });
  });

  it('names a customer persona in the title block and clears the employee one; undo restores both', () => {
    const doc = makeMap();
    const ola = makePersona({ id: 'ola', name: 'Ola', side: 'customer' });
    const withOla = applyCommand(doc, { type: 'persona/add', persona: ola }).doc;
    const { doc: after } = expectUndoRedo(withOla, {
      type: 'map/update',
      patch: { customerPersonaId: 'ola', employeePersonaId: null },
    });
    expect(after.meta).toMatchObject({ customerPersonaId: 'ola', employeePersonaId: null });
  });

  it('refuses a persona of the wrong side as invalid', () => {
    const doc = makeMap();
    const employee = doc.personas.find((p) => p.side === 'employee')!;
    expectRefused(
      doc,
      { type: 'map/update', patch: { customerPersonaId: employee.id } },
      'invalid',
      /not a customer persona/,
    );
  });

  it('refuses an unknown persona as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'map/update', patch: { employeePersonaId: 'nope' } }, 'not_found', /persona/);
  });

  it('refuses a gap threshold above 1 and a minimum of 0 pairs as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'map/update', patch: { gapThreshold: 1.5 } }, 'invalid', /gap threshold/);
    expectRefused(doc, { type: 'map/update', patch: { gapMinPairs: 0 } }, 'invalid', /minimum pairs/);
  });

  it('still retitles the map when a persona it names is on the wrong side (as an older file may have)', () => {
    const doc = makeMap();
    const maya = doc.personas.find((p) => p.id === doc.meta.customerPersonaId)!;
    const odd = {
      ...doc,
      personas: doc.personas.map((p) => (p.id === maya.id ? { ...p, side: 'employee' as const } : p)),
    };
    const { doc: after } = expectUndoRedo(odd, { type: 'map/update', patch: { title: 'Renamed' } });
    expect(after.meta.title).toBe('Renamed');
  });
});
