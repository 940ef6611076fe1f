import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_SURVEY_CONTENT, type EventName, type GapDetails } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createFromTemplate } from '../../shared/templates';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

/** A session with the sample map open, recording the events it pushes. */
async function sampleSession() {
  const dir = tempDir();
  const file = join(dir, 'map.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  const events: [EventName, unknown][] = [];
  const session = createSession({
    host: 'browser',
    version: 'test',
    dataDir: join(dir, 'data'),
    emit: (name, payload) => events.push([name, payload]),
  });
  await session.open(file);
  return { session, events };
}

const tempSurveyDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('tandem-survey-'));

describe('survey/importContent', () => {
  it('imports the text of a file read in the browser exactly as the file itself, under the user file name', async () => {
    const { session, events } = await sampleSession();
    const before = tempSurveyDirs().length;
    const content = readFileSync(SAMPLE, 'utf8');
    const r = await dispatch(session.api, 'survey/importContent', {
      fileName: 'C:\\Users\\maya\\linked-survey-sample.csv',
      content,
    });
    expect(r).toMatchObject({
      ok: true,
      data: { fileName: 'linked-survey-sample.csv', rows: 604, unknownTouchpoints: ['unknown_step'] },
    });
    expect(events.some(([name, p]) => name === 'survey/progress' && (p as { fraction: number }).fraction === 1)).toBe(
      true,
    );
    // The temp copy is gone once the import is done.
    expect(tempSurveyDirs().length).toBe(before);
    const again = await dispatch(session.api, 'survey/import', { path: SAMPLE });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    session.close();
  });

  it('refuses a file with bad rows by row number and changes nothing', async () => {
    const { session } = await sampleSession();
    const content = [HEADER, 'T1,customer,delivery,nps,11,,', 'T2,visitor,delivery,nps,5,,'].join('\n');
    const r = await dispatch(session.api, 'survey/importContent', { fileName: 'bad.csv', content });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('row 2:');
    expect(r.error.message).toContain('row 3:');
    const stats = await dispatch(session.api, 'survey/stats', {});
    expect(stats).toMatchObject({ ok: true, data: { touchpoints: [] } });
    session.close();
  });

  it('refuses content over the size limit with a readable message', async () => {
    const { session } = await sampleSession();
    const r = await dispatch(session.api, 'survey/importContent', {
      fileName: 'huge.csv',
      content: 'x'.repeat(MAX_SURVEY_CONTENT + 1),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    if (!r.ok) expect(r.error.message).toContain('50 MB');
    session.close();
  });

  it('says there is nothing to cancel when no import runs', async () => {
    const { session } = await sampleSession();
    expect(await dispatch(session.api, 'survey/cancel', {})).toEqual({ ok: true, data: { cancelled: false } });
    session.close();
  });
});

describe('survey/gapDetails', () => {
  it('returns at most five distinct comments a side, from disagreeing interactions first, in every script', async () => {
    const { session } = await sampleSession();
    const rows = [HEADER];
    // Interactions 0–2 disagree (customer yes, employee no); 3–9 agree. Comments sit on other questions' rows too.
    for (let i = 0; i < 10; i++) {
      const disagree = i < 3;
      rows.push(`I${i},customer,delivery,resolved,yes,,${disagree ? `"Очередь, ${i}"` : `agree-c-${i}`}`);
      rows.push(
        `I${i},employee,delivery,solved,${disagree ? 'no' : 'yes'},,${disagree ? `收银系统 ${i}` : `agree-e-${i}`}`,
      );
      rows.push(`I${i},customer,delivery,nps,7,,${disagree ? `"Очередь, ${i}"` : ''}`);
    }
    rows.push('X1,customer,delivery,nps,9,,"Kasa działała wolno"');
    const imported = await dispatch(session.api, 'survey/importContent', {
      fileName: 'gaps.csv',
      content: rows.join('\n'),
    });
    expect(imported.ok).toBe(true);
    const doc = session.store()!.doc;
    const pairing = doc.pairings.find((p) => p.customerQuestion === 'resolved')!;
    const r = await dispatch(session.api, 'survey/gapDetails', { touchpoint: 'Delivery', pairingId: pairing.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ touchpoint: 'delivery', customerQuestion: 'resolved', employeeQuestion: 'solved' });
    const data = r.data as GapDetails;
    expect(data.customerComments).toEqual(['Очередь, 0', 'Очередь, 1', 'Очередь, 2', 'agree-c-3', 'agree-c-4']);
    expect(data.employeeComments).toEqual(['收银系统 0', '收银系统 1', '收银系统 2', 'agree-e-3', 'agree-e-4']);
    session.close();
  });

  it('answers not_found for a pairing that is not on the map, and empty lists where nobody commented', async () => {
    const { session } = await sampleSession();
    expect(
      await dispatch(session.api, 'survey/gapDetails', { touchpoint: 'delivery', pairingId: 'nope' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const pairing = session.store()!.doc.pairings[0]!;
    expect(
      await dispatch(session.api, 'survey/gapDetails', { touchpoint: 'delivery', pairingId: pairing.id }),
    ).toMatchObject({
      ok: true,
      data: { customerComments: [], employeeComments: [] },
    });
    session.close();
  });
});

describe('survey/preview', () => {
  it('reads the header and the first rows of a file, without its byte-order mark', async () => {
    const { session } = await sampleSession();
    const file = join(tempDir(), 'wide.csv');
    writeFileSync(
      file,
      '\uFEFFTicket,Side,Step,NPS,Comment\nT1,customer,delivery,9,"Очередь, long"\nT2,employee,delivery,3,\n',
    );
    const r = await dispatch(session.api, 'survey/preview', { path: file });
    expect(r).toEqual({
      ok: true,
      data: {
        header: ['Ticket', 'Side', 'Step', 'NPS', 'Comment'],
        rows: [
          ['T1', 'customer', 'delivery', '9', 'Очередь, long'],
          ['T2', 'employee', 'delivery', '3', ''],
        ],
      },
    });
    expect(await dispatch(session.api, 'survey/preview', { path: join(tempDir(), 'missing.csv') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    session.close();
  });
});
