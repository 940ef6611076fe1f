import { expect } from 'vitest';
import { applyCommand, type Command, type CommandResult } from '../../shared/commands';
import type { Card } from '../../shared/schema/card';
import { tandemDocSchema, type TandemDoc } from '../../shared/schema/document';
import type { Lane } from '../../shared/schema/lane';
import type { Stage } from '../../shared/schema/stage';
import { createFromTemplate } from '../../shared/templates';

/** A small, realistic map: the retail-checkout sample (5 stages, 9 lanes, cards, links, pain points, actions, metrics). */
export function makeMap(): TandemDoc {
  return createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
}

/** Applies commands one after another and returns the final document. */
export function applyAll(doc: TandemDoc, cmds: readonly Command[]): TandemDoc {
  return cmds.reduce((d, cmd) => applyCommand(d, cmd).doc, doc);
}

/**
 * Applies `cmd`, undoes it with its inverse and redoes it, asserting that the command is pure, the undo gives back
 * the original document, and both ways of redoing (re-applying the command, or applying the inverse of the undo as
 * a history of inverses would) give the first result. Returns the first result for further checks.
 */
export function expectUndoRedo(doc: TandemDoc, cmd: Command): CommandResult {
  const before = structuredClone(doc);
  const done = applyCommand(doc, cmd);
  expect(doc, 'applying a command must not mutate its input').toEqual(before);
  expect(done.doc, 'the command must change the document').not.toEqual(before);
  expect(tandemDocSchema.safeParse(done.doc).error?.issues ?? []).toEqual([]);

  const undone = applyCommand(done.doc, done.inverse);
  expect(undone.doc, 'undo must give back the original document').toEqual(before);

  const redone = applyCommand(undone.doc, cmd);
  expect(redone.doc, 'redo (re-applying the command) must give the same result').toEqual(done.doc);
  const redoneByInverse = applyCommand(undone.doc, undone.inverse);
  expect(redoneByInverse.doc, 'redo (inverse of the undo) must give the same result').toEqual(done.doc);
  return done;
}

/**
 * Asserts that applying `cmd` throws a CommandError with the given code (and, optionally, a message matching
 * `message`), and that the input document is left exactly as it was.
 */
export function expectRefused(
  doc: TandemDoc,
  cmd: unknown,
  code: 'invalid' | 'not_found' | 'conflict',
  message?: RegExp,
): void {
  const before = structuredClone(doc);
  let thrown: unknown;
  try {
    applyCommand(doc, cmd);
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'the command should have been refused').toBeDefined();
  expect(thrown).toMatchObject({ name: 'CommandError', code });
  if (message) expect((thrown as Error).message).toMatch(message);
  expect(doc, 'a refused command must leave the document unchanged').toEqual(before);
}

/** The stage with that name in a map made by makeMap(). */
export function stageNamed(doc: TandemDoc, name: string): Stage {
  const stage = doc.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage "${name}"`);
  return stage;
}

/** The lane with that title in a map made by makeMap(). */
export function laneTitled(doc: TandemDoc, title: string): Lane {
  const lane = doc.lanes.find((l) => l.title === title);
  if (!lane) throw new Error(`no lane "${title}"`);
  return lane;
}

/** The card whose title starts with `prefix` in a map made by makeMap(). */
export function cardTitled(doc: TandemDoc, prefix: string): Card {
  const card = doc.cards.find((c) => c.title.startsWith(prefix));
  if (!card) throw new Error(`no card "${prefix}…"`);
  return card;
}

/** The cards in one lane × stage cell, in display order. */
export function cellCards(doc: TandemDoc, laneId: string, stageId: string): Card[] {
  return doc.cards.filter((c) => c.laneId === laneId && c.stageId === stageId).sort((a, b) => a.order - b.order);
}
