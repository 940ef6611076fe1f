import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { createFromTemplate } from '../../../shared/templates/index';
import { tempDirPerTest } from '../../../test/helpers/tempDir';
import { DocumentStore } from '../documentStore';
import { createSession, type SessionOptions } from '../session';
import { surveyStats } from '../surveyStats';
import type { PdfPageSetup } from './progress';

const tempDir = tempDirPerTest();
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';

/** A session on a fresh copy of the sample map. */
async function sampleSession(extra: Partial<SessionOptions> = {}) {
  const dir = tempDir();
  const file = join(dir, 'map.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  const session = createSession({ host: 'electron', version: 'test', dataDir: dir, ...extra });
  await session.open(file);
  return { session, dir };
}

describe('shell/reveal', () => {
  it('is unsupported where the host cannot show a folder (the browser host)', async () => {
    const { session, dir } = await sampleSession();
    writeFileSync(join(dir, 'map.pdf'), 'x');
    const r = await dispatch(session.api, 'shell/reveal', { path: join(dir, 'map.pdf') });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    session.close();
  });

  it('shows an existing file, and refuses a missing file or a folder readably', async () => {
    const shown: string[] = [];
    const { session, dir } = await sampleSession({ reveal: (p) => shown.push(p) });
    writeFileSync(join(dir, 'map.pdf'), 'x');
    mkdirSync(join(dir, 'folder.pdf'));
    expect(await dispatch(session.api, 'shell/reveal', { path: join(dir, 'map.pdf') })).toEqual({
      ok: true,
      data: { revealed: true },
    });
    const missing = await dispatch(session.api, 'shell/reveal', { path: join(dir, 'gone.pdf') });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('is not a file') },
    });
    expect(await dispatch(session.api, 'shell/reveal', { path: join(dir, 'folder.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(shown).toEqual([join(dir, 'map.pdf')]);
    session.close();
  });
});

describe('export/run in a session', () => {
  it('hands the page set-up of the request to the host printer', async () => {
    const pages: PdfPageSetup[] = [];
    const { session, dir } = await sampleSession({
      printPdf: (html, page) => {
        pages.push(page);
        expect(html).toContain('@page');
        return Promise.resolve(Buffer.from('%PDF-1.4\n%%EOF\n'));
      },
    });
    const r = await dispatch(session.api, 'export/run', {
      format: 'pdf',
      path: join(dir, 'map.pdf'),
      paper: 'A2',
      orientation: 'portrait',
      marginMm: 5,
    });
    expect(r.ok).toBe(true);
    expect(pages).toEqual([{ paper: 'A2', orientation: 'portrait', marginMm: 5 }]);
    session.close();
  });

  it('badges the cards whose touchpoint has a flagged perception gap', async () => {
    const { session, dir } = await sampleSession();
    const store = session.store();
    const card = store?.doc.cards.find((c) => c.key !== null);
    if (!store || !card?.key) throw new Error('the sample map has a keyed card');
    // Ten linked pairs at the card's touchpoint, six of them disagreeing: well above the sample's threshold.
    const rows = Array.from({ length: 10 }, (_, i) => [
      `g${i},customer,${card.key},resolved,yes,,`,
      `g${i},employee,${card.key},solved,${i < 6 ? 'no' : 'yes'},,`,
    ]).flat();
    const csv = join(dir, 'survey.csv');
    writeFileSync(csv, `${[HEADER, ...rows].join('\n')}\n`);
    expect((await dispatch(session.api, 'survey/import', { path: csv })).ok).toBe(true);
    expect(
      surveyStats(store)
        .touchpoints.find((t) => t.key === card.key)
        ?.gaps.some((g) => g.flagged),
    ).toBe(true);
    const out = join(dir, 'map.svg');
    expect((await dispatch(session.api, 'export/run', { format: 'svg', path: out })).ok).toBe(true);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/class="gap-badge"/g)).toHaveLength(1);
    expect(svg).toContain('≠ 60%');
    session.close();
  });
});
