import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportComparison } from '../../electron/services/comparisonExport';
import { DocumentStore } from '../../electron/services/documentStore';
import { launchChromium } from '../../electron/services/export/chromium';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import { makeCard, makePainPoint } from '../../shared/factories';
import { COMPARISON_CSV_HEADER } from '../../shared/render/comparisonText';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/**
 * A workshop on the sample map: a named version first, then fifteen edits (five cards added, three retitled, two
 * moved, two removed, three pain points) — what a CX lead would put in the report.
 */
function workshop(store: DocumentStore): { added: string[]; retitled: [string, string][]; removed: string[] } {
  store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Before the Kyiv workshop' });
  const { stages, lanes, cards } = store.doc;
  const added = [
    'Scans the QR code',
    'Waits for the SMS code',
    'Calls the hotline',
    'Uploads a passport photo',
    'Signs on the tablet',
  ];
  for (const [i, title] of added.entries())
    store.apply({
      type: 'card/add',
      card: makeCard({ stageId: stages[i % stages.length]!.id, laneId: lanes[0]!.id, order: 50 + i, title }),
    });
  const retitled: [string, string][] = [];
  for (const [i, title] of ['Opens the banking app', 'Checks the fees online', 'Asks a friend'].entries()) {
    const card = cards[i]!;
    retitled.push([card.title, title]);
    store.apply({ type: 'card/update', id: card.id, patch: { title } });
  }
  for (const card of cards.slice(3, 5))
    store.apply({
      type: 'card/move',
      id: card.id,
      laneId: card.laneId,
      stageId: stages.find((s) => s.id !== card.stageId)!.id,
      order: 80,
    });
  const removed = cards.slice(-2).map((c) => c.title);
  for (const card of cards.slice(-2)) store.apply({ type: 'card/delete', id: card.id });
  for (const [i, title] of ['SMS code never arrives', 'Fees are hidden', 'Photo upload fails'].entries())
    store.apply({ type: 'painPoint/add', painPoint: makePainPoint({ cardId: cards[5 + i]!.id, title, severity: 3 }) });
  return { added, retitled, removed };
}

function sampleStore(): DocumentStore {
  return DocumentStore.create(join(tempDir(), 'bank.tandem'), createFromTemplate('sample', 'Open an account'));
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

function parseCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...COMPARISON_CSV_HEADER]);
  return parsed.data;
}

describe('history/exportComparison', () => {
  it('writes a workshop comparison as a one-page PDF and a CSV through the app call', async () => {
    const dir = tempDir();
    const events: { event: string; payload: unknown }[] = [];
    const session = createSession({
      host: 'browser',
      version: '0',
      dataDir: dir,
      emit: (event, payload) => events.push({ event, payload }),
    });
    await dispatch(session.api, 'map/new', { path: join(dir, 'bank.tandem'), template: 'sample' });
    const { added, retitled, removed } = workshop(session.store()!);

    const pdf = join(dir, 'kyiv.pdf');
    const wrote = await dispatch(session.api, 'history/exportComparison', {
      from: 'Before the Kyiv workshop',
      to: null,
      format: 'pdf',
      path: pdf,
    });
    expect(wrote).toEqual({ ok: true, data: { files: [pdf] } });
    expect(pages(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const title of [...added, ...removed, ...retitled.map(([, now]) => now), 'Fees are hidden'])
      expect(text).toContain(title);
    expect(text).toContain('Before the Kyiv workshop');
    expect(text).toContain('the current map');
    expect(text).toMatch(/\+5 cards/);
    expect(text).not.toContain('more (see the CSV)');
    expect(events.filter((e) => e.event === 'export/progress').length).toBeGreaterThanOrEqual(3);

    const csv = join(dir, 'kyiv.csv');
    expect(
      await dispatch(session.api, 'history/exportComparison', {
        from: 'Before the Kyiv workshop',
        to: null,
        format: 'csv',
        path: csv,
      }),
    ).toEqual({ ok: true, data: { files: [csv] } });
    const rows = parseCsv(csv);
    const of = (change: string, object: string) =>
      rows.filter((r) => r.Change === change && r.Object === object).map((r) => r.Title);
    expect(of('added', 'card')).toEqual(added);
    expect(of('added', 'pain point')).toEqual(['SMS code never arrives', 'Fees are hidden', 'Photo upload fails']);
    expect(of('removed', 'card')).toEqual(removed);
    for (const [was, now] of retitled)
      expect(rows).toContainEqual(
        expect.objectContaining({ Change: 'changed', Object: 'card', Title: now, 'Old title': was }),
      );
    const moved = rows.filter((r) => r['Moved to'] !== '');
    expect(moved.length).toBe(2);
    expect(moved[0]!['Fields changed']).toMatch(/\bstage\b/);
    session.close();
  }, 60_000);

  it('cuts a long comparison to one page and says how many more the CSV has', async () => {
    const store = sampleStore();
    store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Start' });
    const { stages, lanes } = store.doc;
    const titles = Array.from({ length: 140 }, (_, i) => `Card number ${i + 1} with a long title that goes on and on`);
    store.apply({
      type: 'doc/patch',
      put: {
        cards: titles.map((title, i) =>
          makeCard({
            stageId: stages[i % stages.length]!.id,
            laneId: lanes[i % lanes.length]!.id,
            order: 100 + i,
            title,
          }),
        ),
      },
    });
    for (const card of store.doc.cards.slice(0, 30)) store.apply({ type: 'card/delete', id: card.id });
    const pdf = join(tempDir(), 'long.pdf');
    const { fit } = await exportComparison(store, { from: 'Start', to: null, format: 'pdf', path: pdf }, { browser });
    expect(pages(pdf)).toBe(1);
    expect(fit!.more).toBeGreaterThan(0);
    const text = pdfText(pdf);
    expect(text).toContain('Card number 1 with');
    expect(text).toMatch(new RegExp(`… and ${140 - fit!.added} more \\(see the CSV\\)`));
    // The CSV has them all.
    const csv = join(tempDir(), 'long.csv');
    await exportComparison(store, { from: 'Start', to: null, format: 'csv', path: csv });
    expect(parseCsv(csv).filter((r) => r.Change === 'added').length).toBe(140);
    store.close();
  }, 60_000);

  it('keeps user text as text: formula-looking titles are neutralised in the CSV and escaped in the PDF', async () => {
    const store = sampleStore();
    store.versions.keep(store.doc, store.revision, { reason: 'named', name: '<b>Start</b>' });
    const card = store.doc.cards[0]!;
    store.apply({ type: 'card/update', id: card.id, patch: { title: '=HYPERLINK("http://x","y")' } });
    store.apply({
      type: 'card/add',
      card: makeCard({ stageId: card.stageId, laneId: card.laneId, title: '<img src=x onerror=alert(1)> & co' }),
    });
    const csv = join(tempDir(), 'safe.csv');
    await exportComparison(store, { from: '<b>Start</b>', to: null, format: 'csv', path: csv });
    const rows = parseCsv(csv);
    expect(rows.find((r) => r.Change === 'changed')!.Title).toBe('\'=HYPERLINK("http://x","y")');
    const pdf = join(tempDir(), 'safe.pdf');
    await exportComparison(store, { from: '<b>Start</b>', to: null, format: 'pdf', path: pdf }, { browser });
    const text = pdfText(pdf);
    expect(text).toContain('<img src=x onerror=alert(1)> & co');
    expect(text).toContain('<b>Start</b>');
    store.close();
  }, 60_000);

  it('refuses a bad destination or an unknown version and writes nothing', async () => {
    const store = sampleStore();
    store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Start' });
    const dir = tempDir();
    const folder = join(dir, 'folder.pdf');
    mkdirSync(folder);
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const cases: [Parameters<typeof exportComparison>[1], RegExp][] = [
      [{ from: 'Start', to: null, format: 'pdf', path: join(dir, 'x.csv') }, /must be saved as a \.pdf file/],
      [{ from: 'Start', to: null, format: 'csv', path: store.path }, /Refusing to export over a map file/],
      [{ from: 'Start', to: null, format: 'pdf', path: folder }, /is a folder/],
      [{ from: 'Start', to: null, format: 'csv', path: fifo }, /is a named pipe \(FIFO\), not a file/],
      [{ from: 'Start', to: null, format: 'csv', path: join(dir, 'gone', 'x.csv') }, /does not exist/],
      [{ from: 'Kyiv', to: null, format: 'csv', path: join(dir, 'unknown.csv') }, /There is no version "Kyiv"/],
      [{ from: 'Start', to: 'Kyiv', format: 'csv', path: join(dir, 'unknown.csv') }, /There is no version "Kyiv"/],
    ];
    for (const [req, says] of cases) await expect(exportComparison(store, req, { browser })).rejects.toThrow(says);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    expect(existsSync(join(dir, 'unknown.csv'))).toBe(false);
    // An existing export is replaced whole.
    const old = join(dir, 'old.csv');
    writeFileSync(old, 'stale');
    await exportComparison(store, { from: 'Start', to: null, format: 'csv', path: old });
    expect(readFileSync(old, 'utf8')).not.toContain('stale');
    store.close();
  }, 60_000);
});
