import { describe, expect, it } from 'vitest';
import { makeMap } from '../../test/helpers/makeMap';
import { createFromTemplate, TEMPLATES } from '../templates';
import { findReferenceProblems, tandemDocSchema, type TandemDoc } from './document';

/** The messages tandemDocSchema gives for a document, or [] when it accepts it. */
function schemaProblems(doc: unknown): string[] {
  const r = tandemDocSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

/** Expects both the reference check and the full schema to report a problem matching `pattern`. */
function expectProblem(doc: TandemDoc, pattern: RegExp): void {
  expect(
    findReferenceProblems(doc).some((p) => pattern.test(p)),
    findReferenceProblems(doc).join('\n'),
  ).toBe(true);
  expect(schemaProblems(doc).some((p) => pattern.test(p))).toBe(true);
}

describe('templates', () => {
  it.each(TEMPLATES.map((t) => t.name))('the "%s" template parses and has no reference problems', (name) => {
    const doc = createFromTemplate(name);
    expect(schemaProblems(doc)).toEqual([]);
    expect(findReferenceProblems(doc)).toEqual([]);
    expect(doc.stages.length).toBeGreaterThan(0);
    expect(doc.lanes.length).toBeGreaterThan(0);
  });

  it('gives a template the title the user typed', () => {
    expect(createFromTemplate('blank', '  Onboarding  ').meta.title).toBe('Onboarding');
    expect(createFromTemplate('blank', '   ').meta.title).toBe('Untitled map');
  });
});

describe('findReferenceProblems', () => {
  it('finds nothing wrong with the sample map', () => {
    expect(findReferenceProblems(makeMap())).toEqual([]);
  });

  it('reports a card in a lane, stage or team that does not exist', () => {
    const doc = makeMap();
    const [a, b, c] = doc.cards;
    expectProblem({ ...doc, cards: [{ ...a!, laneId: 'gone' }, ...doc.cards.slice(1)] }, /lane that does not exist/);
    expectProblem({ ...doc, cards: [{ ...b!, stageId: 'gone' }, ...doc.cards.slice(1)] }, /stage that does not exist/);
    expectProblem(
      { ...doc, cards: [{ ...c!, ownerTeamId: 'gone' }, ...doc.cards.slice(1)] },
      /team that does not exist/,
    );
  });

  it('reports a link, pain point or metric value on a card that does not exist', () => {
    const doc = makeMap();
    const withoutLinked = doc.cards.filter((c) => c.id !== doc.links[0]!.toId);
    expectProblem({ ...doc, cards: withoutLinked }, /link ".*" joins a card that does not exist/);
    const withoutPained = doc.cards.filter((c) => c.id !== doc.painPoints[0]!.cardId);
    expectProblem({ ...doc, cards: withoutPained }, /pain point ".*" is on a card that does not exist/);
    const v = doc.metricValues[0]!;
    expectProblem(
      { ...doc, metricValues: [{ ...v, stageId: null, cardId: 'gone' }] },
      /metric value ".*" is on a card/,
    );
  });

  it('reports a metric value of a missing metric or on a missing stage', () => {
    const doc = makeMap();
    const v = doc.metricValues[0]!;
    expectProblem({ ...doc, metricValues: [{ ...v, metricId: 'gone' }] }, /of a metric that does not exist/);
    expectProblem({ ...doc, metricValues: [{ ...v, stageId: 'gone' }] }, /on a stage that does not exist/);
  });

  it('reports an action answering a missing pain point or owned by a missing team', () => {
    const doc = makeMap();
    const o = doc.opportunities[0]!;
    expectProblem(
      { ...doc, opportunities: [{ ...o, painPointIds: ['gone'] }] },
      /answers a pain point that does not exist/,
    );
    expectProblem({ ...doc, opportunities: [{ ...o, ownerTeamId: 'gone' }] }, /owned by a team that does not exist/);
  });

  it('reports a map that names a persona that does not exist', () => {
    const doc = makeMap();
    expectProblem({ ...doc, personas: [] }, /names a persona that does not exist/);
  });

  it('reports an id used twice in a collection', () => {
    const doc = makeMap();
    expectProblem(
      { ...doc, teams: [...doc.teams, { ...doc.teams[0]!, name: 'Twin' }] },
      /teams: id ".*" is used twice/,
    );
    expectProblem({ ...doc, stages: [...doc.stages, { ...doc.stages[0]! }] }, /stages: id ".*" is used twice/);
  });

  it('reports two cards that share a key', () => {
    const doc = makeMap();
    const [a, b] = doc.cards.filter((c) => c.key !== null);
    expectProblem(
      { ...doc, cards: doc.cards.map((c) => (c.id === b!.id ? { ...c, key: a!.key } : c)) },
      new RegExp(`share the key "${a!.key}"`),
    );
  });

  it('lets many cards have no key', () => {
    const doc = makeMap();
    expect(doc.cards.filter((c) => c.key === null).length).toBeGreaterThan(1);
    expect(findReferenceProblems(doc)).toEqual([]);
  });
});

describe('tandemDocSchema', () => {
  it('accepts the sample map unchanged', () => {
    const doc = makeMap();
    expect(tandemDocSchema.parse(doc)).toEqual(doc);
  });

  it('refuses a document of another schema version', () => {
    expect(schemaProblems({ ...makeMap(), schemaVersion: 2 }).length).toBeGreaterThan(0);
  });

  it('refuses a document missing a collection', () => {
    const { cards: _cards, ...rest } = makeMap();
    expect(schemaProblems(rest).length).toBeGreaterThan(0);
  });

  it('refuses out-of-range values inside entities with readable messages', () => {
    const doc = makeMap();
    const emotional = doc.cards.find((c) => c.emotion !== null)!;
    expect(
      schemaProblems({ ...doc, cards: doc.cards.map((c) => (c.id === emotional.id ? { ...c, emotion: 3 } : c)) }),
    ).toContain('emotion must be at most +2');
    expect(schemaProblems({ ...doc, stages: [{ ...doc.stages[0]!, width: 50 }, ...doc.stages.slice(1)] })).toContain(
      'stage width must be at least 160',
    );
    expect(
      schemaProblems({ ...doc, painPoints: [{ ...doc.painPoints[0]!, severity: 0 }, ...doc.painPoints.slice(1)] }),
    ).toContain('severity must be 1–5');
    expect(
      schemaProblems({ ...doc, painPoints: [{ ...doc.painPoints[0]!, votes: -1 }, ...doc.painPoints.slice(1)] }),
    ).toContain('votes cannot be negative');
  });
});
