import { describe, expect, it } from 'vitest';
import { firstUse, makeMapUsingEveryReference } from '../../test/helpers/everyReference';
import { expectUndoRedo } from '../../test/helpers/makeMap';
import { findReferenceProblems, type TandemDoc } from '../schema/document';
import { REFERENCES, type Reference } from '../schema/references';
import { applyCommand } from './apply';
import { removeWithCascade } from './cascade';

const named = (r: Reference) => `${r.from}.${r.field} (${r.onDelete})`;

/** The holder as it is in the document after the delete, or undefined when it was removed. */
function holderAfter(doc: TandemDoc, ref: Reference, id: string | undefined): Record<string, unknown> | undefined {
  if (ref.from === 'meta') return doc.meta;
  return (doc[ref.from] as { id: string }[]).find((e) => e.id === id);
}

describe('removeWithCascade, following the reference table', () => {
  it.each(REFERENCES.map((r) => [named(r), r] as const))(
    'a delete of what %s names does what the table says; the inverse puts the map back exactly',
    (_name, ref) => {
      const doc = makeMapUsingEveryReference();
      const before = structuredClone(doc);
      const { holder, target } = firstUse(doc, ref);
      const r = removeWithCascade(doc, { [ref.to]: [target] });

      expect(doc, 'the delete must not change its input').toEqual(before);
      expect(findReferenceProblems(r.doc), 'nothing may be left dangling').toEqual([]);
      const after = holderAfter(r.doc, ref, holder.id);
      if (ref.onDelete === 'cascade') expect(after, 'the holder goes with its target').toBeUndefined();
      if (ref.onDelete === 'clear') expect(after?.[ref.field], 'the field is cleared').toBeNull();
      if (ref.onDelete === 'drop') {
        const was = (holder as Record<string, string[]>)[ref.field]!;
        expect(after?.[ref.field], 'only the removed id leaves the list').toEqual(was.filter((id) => id !== target));
      }

      expect(applyCommand(r.doc, r.inverse).doc, 'undo gives back the map exactly').toEqual(before);
    },
  );

  it('follows cascades through several steps: a removed lane takes its cards, and their links, pain points and values', () => {
    const doc = makeMapUsingEveryReference();
    const card = doc.cards.find((c) => doc.metricValues.some((v) => v.cardId === c.id))!;
    const lane = card.laneId;
    const cards = new Set(doc.cards.filter((c) => c.laneId === lane).map((c) => c.id));
    const r = removeWithCascade(doc, { lanes: [lane] });
    expect(r.doc.cards.some((c) => cards.has(c.id))).toBe(false);
    expect(r.doc.links.some((l) => cards.has(l.fromId) || cards.has(l.toId))).toBe(false);
    expect(r.doc.painPoints.some((p) => cards.has(p.cardId))).toBe(false);
    expect(r.doc.metricValues.some((v) => v.cardId !== null && cards.has(v.cardId))).toBe(false);
    expect(r.doc.metricValues.length).toBe(doc.metricValues.length - 1);
    expect(applyCommand(r.doc, r.inverse).doc).toEqual(doc);
  });

  it('drops the pain points of a removed card from the actions that answer them, keeping the actions', () => {
    const doc = makeMapUsingEveryReference();
    const action = doc.opportunities.find((o) => o.painPointIds.length > 0)!;
    const pain = doc.painPoints.find((p) => p.id === action.painPointIds[0])!;
    const done = expectUndoRedo(doc, { type: 'card/delete', id: pain.cardId });
    const kept = done.doc.opportunities.find((o) => o.id === action.id);
    expect(kept?.painPointIds).not.toContain(pain.id);
    expect(done.doc.painPoints.some((p) => p.id === pain.id)).toBe(false);
  });

  it('clears a deleted team from cards and actions alike, in one step that undo takes back', () => {
    const doc = makeMapUsingEveryReference();
    const team = doc.opportunities.find((o) => o.ownerTeamId !== null)!.ownerTeamId!;
    const done = expectUndoRedo(doc, { type: 'team/delete', id: team });
    expect(done.doc.cards.some((c) => c.ownerTeamId === team)).toBe(false);
    expect(done.doc.opportunities.some((o) => o.ownerTeamId === team)).toBe(false);
    expect(done.doc.cards.length).toBe(doc.cards.length);
    expect(done.doc.opportunities.length).toBe(doc.opportunities.length);
  });

  it('clears the map persona slot that named a deleted persona, and undo names it again', () => {
    const doc = makeMapUsingEveryReference();
    const persona = doc.meta.customerPersonaId!;
    const done = expectUndoRedo(doc, { type: 'persona/delete', id: persona });
    expect(done.doc.meta.customerPersonaId).toBeNull();
    expect(done.doc.meta.employeePersonaId).toBe(doc.meta.employeePersonaId);
  });

  it('changes nothing else when nothing names what is deleted, and its inverse only puts the entity back', () => {
    const doc = makeMapUsingEveryReference();
    const link = doc.links[0]!;
    const r = removeWithCascade(doc, { links: [link.id] });
    expect(r.inverse).toEqual({ type: 'doc/patch', put: { links: [link] } });
    expect({ ...r.doc, links: doc.links }).toEqual(doc);
  });
});
