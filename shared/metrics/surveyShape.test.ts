import { describe, expect, it } from 'vitest';
import { notASurvey } from './surveyShape';

describe('notASurvey', () => {
  it('lets the long format and wide survey exports through', () => {
    expect(notASurvey(['interaction_id', 'respondent', 'touchpoint', 'question', 'value'], 'a.csv')).toBeNull();
    expect(notASurvey(['Ticket', 'Side', 'Step', 'NPS', 'Resolved'], 'wide.csv')).toBeNull();
    expect(notASurvey(['Order ID', 'How likely are you to recommend us?'], 'tool.csv')).toBeNull();
  });

  it('refuses a file with no interaction column, naming its columns', () => {
    expect(notASurvey(['Rank', 'Priority', 'Pain point', 'Card', 'Stage'], 'register.csv')).toBe(
      '"register.csv" is not a survey file: it has no column naming the interaction each answer is about (such as interaction_id). Its columns are Rank, Priority, Pain point, Card, Stage. A survey file has one answer per row in the columns interaction_id, respondent, touchpoint, question, value, answered_at, comment, or one row per interaction with a column per question. Nothing was changed.',
    );
  });

  it('refuses a file whose only columns describe answers without holding any', () => {
    expect(notASurvey(['interaction_id', 'respondent', 'touchpoint', 'answered_at', 'comment'], 'x.csv')).toMatch(
      /^"x\.csv" is not a survey file: it has no column of answers\./,
    );
    expect(notASurvey(['Stage', 'Comment'], 'y.csv')).toMatch(
      /it has no column naming the interaction .* and no column of answers\./,
    );
  });
});
