import { describe, expect, it } from 'vitest';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import type { TandemDoc } from '../schema/document';
import { applyCommand, type Command } from '.';

/** What the host receives: the command after a JSON round-trip, where `undefined` would vanish. */
const overTheWire = (cmd: Command): Command => JSON.parse(JSON.stringify(cmd)) as Command;

const keyed = (doc: TandemDoc) => doc.cards.find((c) => c.key === 'checkout')!;

describe('card/update › promise', () => {
  it('states a promise on a touchpoint card; undo, sent to the host as JSON, takes it away again', () => {
    const doc = makeMap();
    const card = keyed(doc);
    const promise = { text: 'You pay in under two minutes', metric: 'csat' as const, target: 85 };
    const cmd: Command = { type: 'card/update', id: card.id, patch: { promise } };
    const done = expectUndoRedo(doc, cmd);
    expect(keyed(done.doc).promise).toEqual(promise);
    const undone = applyCommand(done.doc, overTheWire(done.inverse)).doc;
    expect(keyed(undone).promise).toBeUndefined();
  });

  it('clears a promise with null; undo brings it back', () => {
    const start = makeMap();
    const doc = applyCommand(start, {
      type: 'card/update',
      id: keyed(start).id,
      patch: { promise: { text: 'No queue at the till', metric: 'ces' } },
    }).doc;
    const done = expectUndoRedo(doc, { type: 'card/update', id: keyed(doc).id, patch: { promise: null } });
    expect(keyed(done.doc).promise).toBeUndefined();
    expect(keyed(applyCommand(done.doc, overTheWire(done.inverse)).doc).promise).toEqual({
      text: 'No queue at the till',
      metric: 'ces',
    });
  });

  it('refuses a promise on a card without a survey key, an empty promise and an unknown metric', () => {
    const doc = makeMap();
    const plain = doc.cards.find((c) => c.key === null)!;
    const promise = { text: 'Always polite', metric: 'csat' };
    expectRefused(doc, { type: 'card/update', id: plain.id, patch: { promise } }, 'invalid', /survey key/);
    const id = keyed(doc).id;
    expectRefused(doc, { type: 'card/update', id, patch: { promise: { ...promise, text: '  ' } } }, 'invalid');
    expectRefused(doc, { type: 'card/update', id, patch: { promise: { ...promise, metric: 'speed' } } }, 'invalid');
  });
});

describe('opportunity/update › doneAt', () => {
  const action = (doc: TandemDoc) => doc.opportunities[0]!;

  it('marks an action done on a day; undo over JSON gives back its old status and no date', () => {
    const doc = makeMap();
    const a = action(doc);
    expect(a.status).not.toBe('done');
    const done = expectUndoRedo(doc, {
      type: 'opportunity/update',
      id: a.id,
      patch: { status: 'done', doneAt: '2026-03-15' },
    });
    expect(action(done.doc)).toMatchObject({ status: 'done', doneAt: '2026-03-15' });
    const undone = applyCommand(done.doc, overTheWire(done.inverse)).doc;
    expect(action(undone).status).toBe(a.status);
    expect(action(undone).doneAt).toBeUndefined();
  });

  it('drops the date when the action leaves done, in the same undo step', () => {
    const start = makeMap();
    const doc = applyCommand(start, {
      type: 'opportunity/update',
      id: action(start).id,
      patch: { status: 'done', doneAt: '2026-03-15' },
    }).doc;
    const done = expectUndoRedo(doc, { type: 'opportunity/update', id: action(doc).id, patch: { status: 'planned' } });
    expect(action(done.doc).doneAt).toBeUndefined();
    expect(action(applyCommand(done.doc, overTheWire(done.inverse)).doc)).toMatchObject({
      status: 'done',
      doneAt: '2026-03-15',
    });
  });

  it('refuses a date on an action that is not done, and a day that does not exist', () => {
    const doc = makeMap();
    const id = action(doc).id;
    expectRefused(doc, { type: 'opportunity/update', id, patch: { doneAt: '2026-03-15' } }, 'invalid', /done/);
    expectRefused(
      doc,
      { type: 'opportunity/update', id, patch: { status: 'done', doneAt: '2026-02-30' } },
      'invalid',
      /date/,
    );
    expectRefused(doc, { type: 'opportunity/update', id, patch: { status: 'done', doneAt: '15.03.2026' } }, 'invalid');
  });
});
