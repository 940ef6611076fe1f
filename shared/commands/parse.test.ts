import { describe, expect, it } from 'vitest';
import { makeCard } from '../factories';
import { makeMap } from '../../test/helpers/makeMap';
import { parseCommand } from './apply';
import { CommandError } from './errors';

/** The CommandError parseCommand throws for `input`; fails the test when it does not throw one. */
function refusal(input: unknown): CommandError {
  try {
    parseCommand(input);
  } catch (e) {
    if (e instanceof CommandError) return e;
    throw e;
  }
  throw new Error(`parseCommand accepted ${JSON.stringify(input)}`);
}

describe('parseCommand', () => {
  it('returns a well-formed command as it is', () => {
    const doc = makeMap();
    const card = makeCard({ laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id });
    expect(parseCommand({ type: 'card/add', card })).toEqual({ type: 'card/add', card });
    expect(parseCommand({ type: 'batch', label: 'Paste', commands: [{ type: 'card/delete', id: card.id }] })).toEqual({
      type: 'batch',
      label: 'Paste',
      commands: [{ type: 'card/delete', id: card.id }],
    });
  });

  it('drops fields a command does not have', () => {
    expect(parseCommand({ type: 'card/delete', id: 'a', extra: true })).toEqual({ type: 'card/delete', id: 'a' });
  });

  it('refuses a value that is not an object with a type, saying a type is needed', () => {
    for (const input of [null, undefined, 42, 'card/add', [], {}, { type: 5 }]) {
      const e = refusal(input);
      expect(e.code).toBe('invalid');
      expect(e.message).toBe('a command needs a "type"');
    }
  });

  it('refuses an unknown type, naming it', () => {
    const e = refusal({ type: 'card/fly', id: 'a' });
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('unknown command "card/fly"');
  });

  it('treats names inherited by every object, such as "toString", as unknown types', () => {
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(refusal({ type }).message).toBe(`unknown command "${type}"`);
    }
  });

  it('refuses a missing field, naming the command and the field', () => {
    const e = refusal({ type: 'card/delete' });
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^card\/delete: id: /);
  });

  it('refuses a field of the wrong type, naming the field and the expected type', () => {
    const e = refusal({ type: 'card/move', id: 'a', laneId: 'b', stageId: 'c', order: 'first' });
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^card\/move: order: .*number/);
  });

  it('names a nested field by its path', () => {
    const e = refusal({ type: 'card/add', card: { id: 'a' } });
    expect(e.message).toMatch(/card\.laneId/);
  });

  it('refuses a malformed id with the rule it breaks', () => {
    expect(refusal({ type: 'team/delete', id: 'has space' }).message).toMatch(/id: id may contain only letters/);
  });

  it('refuses an unknown delete mode, naming the field', () => {
    expect(refusal({ type: 'stage/delete', id: 'a', cards: { mode: 'keep' } }).message).toMatch(/cards\.mode/);
  });

  it('names the command and field that are wrong inside a batch', () => {
    const e = refusal({ type: 'batch', commands: [{ type: 'card/delete', id: 'a' }, { type: 'card/delete' }] });
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^batch: commands\.1: card\/delete: id: /);
    expect(refusal({ type: 'batch', commands: [{ type: 'batch', commands: [{ type: 'nope' }] }] }).message).toBe(
      'batch: commands.0: batch: commands.0: unknown command "nope"',
    );
  });

  it('refuses a batch without commands, or whose commands are not a list', () => {
    expect(refusal({ type: 'batch', commands: [] }).message).toMatch(/at least one command/);
    expect(refusal({ type: 'batch' }).message).toMatch(/^batch: commands: /);
    expect(refusal({ type: 'batch', commands: 'all' }).message).toMatch(/^batch: commands: /);
  });

  it('keeps messages short enough to show to a user', () => {
    const e = refusal({ type: 'card/add', card: {} });
    expect(e.message.length).toBeLessThan(300);
  });

  it('refuses batches nested deeper than the editor ever makes, without exhausting the stack', () => {
    let cmd: unknown = { type: 'map/update', patch: { title: 'x' } };
    for (let i = 0; i < 50_000; i++) cmd = { type: 'batch', commands: [cmd] };
    expect(refusal(cmd).message).toMatch(/nested at most 8 deep/);
  });
});
