import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { importSummarySchema } from '../../shared/metrics/surveySchemas';
import { createFromTemplate } from '../../shared/templates';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { importSurvey } from '../../electron/services/surveyImport';
import { runCli } from '../helpers/cli';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

/** A fresh sample map (its cards have the keys the sample survey uses) in a temp folder. */
function sampleStore(): DocumentStore {
  return DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate('sample'));
}

/** Writes a CSV (string as UTF-8, or raw bytes) into a temp folder and returns its path. */
function csv(content: string | Buffer, name = 'responses.csv'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

const lines = (...rows: string[]): string => `${[HEADER, ...rows].join('\n')}\n`;

function countRows(store: DocumentStore): { imports: number; answers: number } {
  const db = store.database;
  return {
    imports: (db.prepare('SELECT COUNT(*) AS n FROM survey_imports').get() as { n: number }).n,
    answers: (db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get() as { n: number }).n,
  };
}

/** Runs an import that must be refused; returns the message and checks that nothing was written. */
async function refused(store: DocumentStore, path: string): Promise<string> {
  const before = { rows: countRows(store), revision: store.revision };
  const error = await importSurvey(store, path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the import should have been refused').toMatchObject({ name: 'ApiFailure' });
  expect({ rows: countRows(store), revision: store.revision }).toEqual(before);
  return (error as Error).message;
}

describe('importSurvey on the linked survey sample', () => {
  // Expected figures computed independently by test/fixtures/surveys/expected-figures.py (Python's csv module,
  // exact fractions): 604 answers, 64 interactions, 64 with a customer answer and 55 with an employee answer.
  it('imports every answer and reports interactions per side and the key that matches no card', async () => {
    const store = sampleStore();
    const progress: number[] = [];
    const summary = await importSurvey(store, SAMPLE, { onProgress: (f) => progress.push(f) });
    expect(summary).toEqual({
      importId: 1,
      fileName: 'linked-survey-sample.csv',
      rows: 604,
      interactions: { total: 64, customer: 64, employee: 55 },
      unknownTouchpoints: ['unknown_step'],
      warnings: [],
    });
    expect(importSummarySchema.safeParse(summary).success).toBe(true);
    expect(countRows(store)).toEqual({ imports: 1, answers: 604 });
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    store.close();
  });

  it('keeps the answers of a touchpoint no card has (30 rows of unknown_step), never dropping them', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    expect(
      store.database.prepare("SELECT COUNT(*) AS n FROM survey_responses WHERE touchpoint = 'unknown_step'").get(),
    ).toEqual({ n: 30 });
    store.close();
  });

  it('stores sides in lower case, answers trimmed, and Polish, Russian and Chinese comments exactly as written', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    const db = store.database;
    expect(db.prepare('SELECT DISTINCT respondent FROM survey_responses ORDER BY 1').pluck().all()).toEqual([
      'customer',
      'employee',
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM survey_responses WHERE value <> trim(value)').pluck().get()).toBe(0);
    // Counts of each comment in the sample, from Python's csv module.
    const comments = db
      .prepare(
        "SELECT comment, COUNT(*) AS n FROM survey_responses WHERE comment <> '' GROUP BY comment ORDER BY comment",
      )
      .all();
    expect(comments).toEqual(
      [
        { comment: 'Kasa działała wolno, a pracownik był miły', n: 8 },
        { comment: 'Said "thanks, bye"', n: 11 },
        { comment: 'Очередь на кассе слишком длинная', n: 8 },
        { comment: '收银系统太慢了', n: 15 },
      ].sort((a, b) => (a.comment < b.comment ? -1 : 1)),
    );
    expect(
      db
        .prepare("SELECT comment FROM survey_responses WHERE interaction_id = 'T00022' AND question = 'nps'")
        .pluck()
        .get(),
    ).toBe('收银系统太慢了');
    store.close();
  });

  it('keeps the answers after the map is closed and reopened', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    store.close();
    const reopened = DocumentStore.open(store.path);
    expect(countRows(reopened)).toEqual({ imports: 1, answers: 604 });
    expect(reopened.check()).toEqual({ ok: true, problems: [] });
    reopened.close();
  });

  it('refuses the same file a second time, naming the earlier import, even under another name', async () => {
    const store = sampleStore();
    await importSurvey(store, SAMPLE);
    const copy = csv(readFileSync(SAMPLE), 'copy of the survey.csv');
    const message = await refused(store, copy);
    expect(message).toMatch(
      /"copy of the survey\.csv" was already imported on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(as "linked-survey-sample\.csv"\)/,
    );
    expect(countRows(store)).toEqual({ imports: 1, answers: 604 });
    store.close();
  });
});

describe('importSurvey on well-formed but unusual files', () => {
  it('ignores a byte-order mark and matches headers in any case with surrounding spaces', async () => {
    const store = sampleStore();
    const body =
      ' Interaction_ID , RESPONDENT,Touchpoint ,question,Value,Answered At,COMMENT\nA1,customer,checkout,nps,9,,\n';
    const summary = await importSurvey(store, csv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])));
    expect(summary.rows).toBe(1);
    expect(store.database.prepare('SELECT interaction_id, value FROM survey_responses').get()).toEqual({
      interaction_id: 'A1',
      value: '9',
    });
    store.close();
  });

  it('reads quoted commas, quotes and newlines inside comments, and keeps Cyrillic and CJK text byte for byte', async () => {
    const store = sampleStore();
    const comment1 = 'Очередь, как всегда,\nслишком длинная — «ужас»';
    const comment2 = '收银系统太慢了，\r\n排队二十分钟';
    const comment3 = 'She said "fine, thanks"';
    const file = csv(
      lines(
        `A1,customer,checkout,nps,3,2026-10-01T10:00:00Z,"${comment1}"`,
        `A1,employee,checkout,enps,8,2026-10-01T10:00:00Z,"${comment2}"`,
        `A2,customer,checkout,csat,5,,"She said ""fine, thanks"""`,
        'A2,customer,checkout,nps,11,,',
      ),
    );
    // Row numbers count records as a spreadsheet shows them: the multi-line comments do not shift them.
    expect(await refused(store, file)).toMatch(/^row 5: 11 is outside the scale/m);
    writeFileSync(file, readFileSync(file, 'utf8').replace('nps,11', 'nps,10'));
    expect((await importSurvey(store, file)).rows).toBe(4);
    const comments = store.database.prepare('SELECT comment FROM survey_responses ORDER BY id').pluck().all();
    expect(comments).toEqual([comment1, comment2, comment3, '']);
    store.close();
  });

  it('accepts every yes/no spelling in any case with spaces around, and padded numbers', async () => {
    const store = sampleStore();
    const spellings = ['yes', ' Y ', 'TRUE', '1', 'No', 'n', 'False', ' 0'];
    const file = csv(
      lines(...spellings.map((v, i) => `I${i},customer,checkout,resolved,${v},,`), 'I0,customer,checkout,csat, 4 ,,'),
    );
    expect((await importSurvey(store, file)).rows).toBe(9);
    store.close();
  });

  it('recognises semicolon-separated files (with commas inside quoted comments)', async () => {
    const store = sampleStore();
    const file = csv(
      `${HEADER.replaceAll(',', ';')}\nA1;customer;checkout;nps;9;;"fast, friendly"\nA1;employee;checkout;enps;7;;\n`,
    );
    expect((await importSurvey(store, file)).rows).toBe(2);
    expect(store.database.prepare('SELECT comment FROM survey_responses ORDER BY id').pluck().all()).toEqual([
      'fast, friendly',
      '',
    ]);
    store.close();
  });

  it('takes answered_at and comment as optional columns, and warns about columns it does not use', async () => {
    const store = sampleStore();
    const summary = await importSurvey(
      store,
      csv('interaction_id,respondent,touchpoint,question,value,store\nA1,employee,checkout,enps,10,Kraków\n'),
    );
    expect(summary.rows).toBe(1);
    expect(summary.warnings).toEqual(['Columns not used: store.']);
    store.close();
  });

  it('keeps an answered_at it cannot read as text, with a warning', async () => {
    const store = sampleStore();
    const summary = await importSurvey(store, csv(lines('A1,customer,checkout,nps,9,last tuesday,')));
    expect(summary.warnings).toEqual(['1 answered_at value is not a date Tandem can read; kept as text.']);
    store.close();
  });

  it('reads a wide file through a column mapping, one answer per filled question cell', async () => {
    const store = sampleStore();
    const file = csv(
      'Ticket,Channel,Recommend,Solved?,Note\nW1,support_chat,9,yes,"quick, friendly"\nW2,support_chat,,no,\n',
    );
    const summary = await importSurvey(store, file, {
      mapping: {
        interactionId: 'ticket',
        respondent: { fixed: 'customer' },
        touchpoint: { column: 'channel' },
        comment: 'note',
        questions: { Recommend: 'nps', 'Solved?': 'resolved' },
      },
    });
    expect(summary).toMatchObject({
      rows: 3,
      interactions: { total: 2, customer: 2, employee: 0 },
      unknownTouchpoints: [],
    });
    const rows = store.database
      .prepare('SELECT interaction_id AS i, question AS q, value AS v, comment AS c FROM survey_responses ORDER BY id')
      .all();
    expect(rows).toEqual([
      { i: 'W1', q: 'nps', v: '9', c: 'quick, friendly' },
      { i: 'W1', q: 'resolved', v: 'yes', c: '' },
      { i: 'W2', q: 'resolved', v: 'no', c: '' },
    ]);
    store.close();
  });
});

describe('importSurvey refuses bad files and changes nothing', () => {
  it('names every missing required column in one error', async () => {
    const store = sampleStore();
    const message = await refused(store, csv('interaction_id,touchpoint,question,answer\nA1,checkout,nps,9\n'));
    expect(message).toBe(
      '"responses.csv" was not imported: it lacks the columns respondent and value. The first row must name the columns interaction_id, respondent, touchpoint, question, value, answered_at, comment (answered_at and comment may be left out).',
    );
    store.close();
  });

  it('lists bad values with their row numbers (the header is row 1)', async () => {
    const store = sampleStore();
    const file = csv(
      lines(
        'A1,customer,checkout,nps,9,,',
        'A2,customer,checkout,nps,11,,',
        'A3,customer,checkout,csat,four,,',
        'A4,customer,checkout,resolved,maybe,,',
        'A5,manager,checkout,nps,5,,',
        ',customer,checkout,nps,5,,',
        'A7,customer,checkout,ces,0,,',
        'A8,customer,,nps,5,,',
        'A9,customer,checkout,nps,,,',
      ),
    );
    const message = await refused(store, file);
    expect(message.split('\n')).toEqual([
      '"responses.csv" was not imported (8 problems; nothing was changed):',
      'row 3: 11 is outside the scale (NPS answers are whole numbers from 0 to 10)',
      'row 4: "four" is not a whole number (CSAT answers are whole numbers from 1 to 5)',
      'row 5: "maybe" is not a yes/no answer (use yes/no, y/n, true/false or 1/0)',
      'row 6: unknown respondent "manager" (customer or employee)',
      'row 7: interaction_id is empty',
      'row 8: 0 is outside the scale (CES answers are whole numbers from 1 to 7)',
      'row 9: touchpoint is empty',
      'row 10: the answer (value) is empty',
    ]);
    store.close();
  });

  it('lists the first 20 problems and sums up the rest as "and N more"', async () => {
    const store = sampleStore();
    const file = csv(lines(...Array.from({ length: 25 }, (_, i) => `B${i},customer,checkout,nps,42,,`)));
    const out = (await refused(store, file)).split('\n');
    expect(out[0]).toBe('"responses.csv" was not imported (25 problems; nothing was changed):');
    expect(out).toHaveLength(22);
    expect(out[1]).toMatch(/^row 2: 42 is outside/);
    expect(out[20]).toMatch(/^row 21: /);
    expect(out[21]).toBe('and 5 more');
    store.close();
  });

  it('refuses a file that is not UTF-8 (Latin-1 bytes) and says to save it as UTF-8', async () => {
    const store = sampleStore();
    const latin1 = Buffer.from(
      lines('A1,customer,checkout,nps,9,,ok', 'A2,customer,checkout,nps,3,,Très lent à la caisse'),
      'latin1',
    );
    const message = await refused(store, csv(latin1));
    expect(message).toMatch(
      /"responses\.csv" is not UTF-8 text \(the first unreadable character is on line 3\)\. Save it as UTF-8/,
    );
    store.close();
  });

  it('refuses a UTF-16 export with the same advice', async () => {
    const store = sampleStore();
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(lines('A1,customer,checkout,nps,9,,'), 'utf16le'),
    ]);
    expect(await refused(store, csv(utf16))).toMatch(/not UTF-8 text .* Save it as UTF-8/);
    store.close();
  });

  it('refuses a second answer to the same question by the same side, naming both rows', async () => {
    const store = sampleStore();
    const message = await refused(
      store,
      csv(lines('A1,customer,checkout,nps,9,,', 'A1,employee,checkout,nps,2,,', 'A1,Customer,checkout,NPS,3,,')),
    );
    expect(message).toMatch(
      /^row 4: it repeats the customer answer to "nps" for interaction A1 at "checkout" already given in row 2$/m,
    );
    store.close();
  });

  it('refuses answers that an earlier import (another file) already gave, and keeps the earlier ones', async () => {
    const store = sampleStore();
    await importSurvey(
      store,
      csv(lines('A1,customer,checkout,nps,9,,', 'A2,customer,checkout,nps,3,,'), 'october.csv'),
    );
    const message = await refused(
      store,
      csv(lines('A3,customer,checkout,nps,10,,', 'A2,customer,checkout,nps,4,,'), 'october-fixed.csv'),
    );
    expect(message).toMatch(
      /^"october-fixed\.csv" was not imported: answers in it were already imported from another file\. Nothing was changed\./,
    );
    expect(message).toMatch(
      /^row 3: interaction A2 already has a customer answer to "nps" at "checkout" \(imported from "october\.csv" on .* UTC\)$/m,
    );
    expect(countRows(store)).toEqual({ imports: 1, answers: 2 });
    store.close();
  });

  it('refuses a row with more fields than the header and an unclosed quote', async () => {
    const store = sampleStore();
    const message = await refused(
      store,
      csv(lines('A1,customer,checkout,nps,9,,a,b', 'A2,customer,checkout,nps,9,,"never closed')),
    );
    expect(message).toMatch(/^row 2: it has 8 fields but the header has 7/m);
    expect(message).toMatch(/^row 3: a quoted field is never closed/m);
    store.close();
  });

  it('refuses an empty file, a header without answers, a missing file and a folder', async () => {
    const store = sampleStore();
    expect(await refused(store, csv(''))).toBe('"responses.csv" is empty: it has no header row and no answers.');
    expect(await refused(store, csv(`${HEADER}\n\n`))).toBe(
      '"responses.csv" has a header but no answers; nothing was imported.',
    );
    expect(await refused(store, join(tempDir(), 'nope.csv'))).toMatch(/does not exist/);
    expect(await refused(store, tempDir())).toMatch(/is not a file/);
    store.close();
  });

  it('leaves the file itself unchanged after a refused import: no rows, same revision, after reopening too', async () => {
    const store = sampleStore();
    store.apply({ type: 'map/update', patch: { title: 'Checkout survey' } });
    await refused(store, csv(lines('A1,customer,checkout,nps,9,,', 'A2,customer,checkout,nps,99,,')));
    store.close();
    const reopened = DocumentStore.open(store.path);
    expect(countRows(reopened)).toEqual({ imports: 0, answers: 0 });
    expect(reopened.revision).toBe(1);
    reopened.close();
  });

  it('stops when cancelled and writes nothing', async () => {
    const store = sampleStore();
    const controller = new AbortController();
    controller.abort();
    const error = await importSurvey(store, SAMPLE, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/cancelled; nothing was changed/) });
    expect(countRows(store)).toEqual({ imports: 0, answers: 0 });
    store.close();
  });
});

describe('survey/import through the session', () => {
  it('imports into the open map, emits survey/progress up to 1, and answers with the summary', async () => {
    const events: [string, unknown][] = [];
    const session = createSession({
      host: 'browser',
      version: '0.1.0',
      dataDir: tempDir(),
      emit: (name, payload) => events.push([name, payload]),
    });
    await session.api['map/new']({ path: join(tempDir(), 'm.tandem'), template: 'sample' });
    const result = await dispatch(session.api, 'survey/import', { path: SAMPLE });
    expect(result).toMatchObject({ ok: true, data: { rows: 604, unknownTouchpoints: ['unknown_step'] } });
    const progress = events.filter(([name]) => name === 'survey/progress').map(([, p]) => p);
    expect(progress.at(-1)).toEqual({ fraction: 1 });
    const again = await dispatch(session.api, 'survey/import', { path: SAMPLE });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already imported/) },
    });
    session.close();
  });

  it('answers not_found when no map is open', async () => {
    const session = createSession({ host: 'browser', version: '0.1.0', dataDir: tempDir() });
    expect(await dispatch(session.api, 'survey/import', { path: SAMPLE })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch(session.api, 'survey/import', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
  });
});

describe('tandem import-survey', () => {
  it('exits 0 with a one-line summary, then 1 with the reason on a second import', async () => {
    const dir = tempDir();
    expect((await runCli(['new', 'map.tandem', '--template', 'sample'], { cwd: dir })).code).toBe(0);
    const first = await runCli(['import-survey', 'map.tandem', SAMPLE], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      'Imported 604 answers from 64 interactions (64 customer, 55 employee); 1 touchpoint key matches no card: unknown_step\n',
    );
    const second = await runCli(['import-survey', 'map.tandem', SAMPLE], { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already imported/);
  });

  it('exits 1 with one line per problem for a file with errors', async () => {
    const dir = tempDir();
    expect((await runCli(['new', 'map.tandem', '--template', 'sample'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'bad.csv'), lines('A1,customer,checkout,nps,9,,', 'A2,boss,checkout,nps,9,,'));
    const result = await runCli(['import-survey', 'map.tandem', 'bad.csv'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([
      '"bad.csv" was not imported (1 problem; nothing was changed):',
      'row 3: unknown respondent "boss" (customer or employee)',
      '',
    ]);
  });
});
