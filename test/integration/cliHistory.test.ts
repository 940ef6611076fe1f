import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { comparisonSchema } from '../../shared/history/compare';
import { makeCard, makePainPoint } from '../../shared/factories';
import { versionInfoSchema } from '../../shared/schema/version';
import { createFromTemplate } from '../../shared/templates/index';
import { removeTempDirs, runCli, tempDir, type CliResult } from '../helpers/cli';

afterAll(removeTempDirs);

// Each test runs the CLI several times, a Node start-up each: generous on a loaded 2-core machine.
const CLI_TIMEOUT = 120_000;

/** A sample map with a named version "Before the workshop", then a workshop's edits: 3 cards, 1 retitle, 1 removal, 1 pain point. */
function workshopMap(): { file: string; removed: string; retitled: { was: string; now: string } } {
  const file = join(tempDir('tandem-hist-'), 'map.tandem');
  const store = DocumentStore.create(file, createFromTemplate('sample', 'Open an account'));
  store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Before the workshop' });
  const { stages, lanes, cards } = store.doc;
  for (const title of ['Scans the QR code', 'Waits for the SMS', 'Calls the hotline'])
    store.apply({
      type: 'card/add',
      card: makeCard({ stageId: stages[0]!.id, laneId: lanes[0]!.id, order: 90, title }),
    });
  const renamed = cards[0]!;
  store.apply({ type: 'card/update', id: renamed.id, patch: { title: 'Opens the app' } });
  const gone = cards[cards.length - 1]!;
  store.apply({ type: 'card/delete', id: gone.id });
  store.apply({
    type: 'painPoint/add',
    painPoint: makePainPoint({ cardId: cards[1]!.id, title: 'SMS never arrives' }),
  });
  store.close();
  return { file, removed: gone.title, retitled: { was: renamed.title, now: 'Opens the app' } };
}

function expectClean(r: CliResult, code = 0): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr + r.stdout).not.toMatch(/^\s+at .+:\d+/m);
}

/** The file's bytes and modification time: what a read-only command must leave exactly as they were. */
function fingerprint(file: string): string {
  return `${readFileSync(file).toString('base64')}@${statSync(file).mtimeMs}`;
}

describe('tandem version and tandem history', { timeout: CLI_TIMEOUT }, () => {
  it('keeps a named version, prints its id, and history lists it by name with what changed since', async () => {
    const { file } = workshopMap();
    const kept = await runCli(['version', file, '--name', 'After the workshop']);
    expectClean(kept);
    const id = kept.stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{8,}$/);

    const before = fingerprint(file);
    const listed = await runCli(['history', file]);
    expectClean(listed);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Id\s+Kept\s+Name\s+Revision\s+Changes$/);
    // Newest first: the version just kept, with the workshop's changes summed up in a line.
    expect(lines[1]).toContain(id);
    expect(lines[1]).toContain('"After the workshop"');
    expect(lines[1]).toMatch(/\+3 cards/);
    expect(lines[1]).toMatch(/1 card renamed/);
    expect(lines[2]).toContain('"Before the workshop"');
    expect(lines[1]).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);

    const json = await runCli(['history', file, '--json']);
    expectClean(json);
    const versions = versionInfoSchema.array().parse(JSON.parse(json.stdout));
    expect(versions.map((v) => v.name)).toEqual(['After the workshop', 'Before the workshop']);
    expect(versions[0]).toMatchObject({ id, reason: 'named', revision: 6 });
    // Listing only reads: not a byte of the file changed.
    expect(fingerprint(file)).toBe(before);
  });

  it('says so when no version is kept yet', async () => {
    const file = join(tempDir('tandem-hist-'), 'new.tandem');
    DocumentStore.create(file, createFromTemplate('blank', 'Empty')).close();
    const r = await runCli(['history', file]);
    expectClean(r);
    expect(r.stdout).toMatch(/No versions kept in .*new\.tandem yet/);
  });

  it('refuses an empty name with a usage error and keeps nothing', async () => {
    const { file } = workshopMap();
    for (const name of ['', '   ']) {
      const r = await runCli(['version', file, '--name', name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/a version needs a name/);
    }
    const missing = await runCli(['version', file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/version needs --name NAME/);
    const store = DocumentStore.openCopy(file);
    expect(store.versions.list().map((v) => v.name)).toEqual(['Before the workshop']);
    store.close();
  });

  it('shows control characters in a version name as visible escapes, never as terminal commands', async () => {
    const { file } = workshopMap();
    expectClean(await runCli(['version', file, '--name', 'Red \u001b[31mAlert\u202e']));
    const r = await runCli(['history', file]);
    expectClean(r);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('Red \\u001b[31mAlert\\u202e');
  });
});

describe('tandem diff', { timeout: CLI_TIMEOUT }, () => {
  it('lists what was added, removed and changed since a version named by its name, and changes nothing', async () => {
    const { file, removed, retitled } = workshopMap();
    const before = fingerprint(file);
    const r = await runCli(['diff', file, '--from', 'Before the workshop']);
    expectClean(r);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^From "Before the workshop" \(.* UTC, id [0-9a-z]+\) to the current map: /);
    expect(lines[0]).toContain('+3 cards');
    expect(lines[0]).toContain('+1 pain point');
    expect(lines[0]).toContain('−1 card');
    const text = r.stdout;
    expect(text).toMatch(/Added \(4\):\n {2}card {8}Scans the QR code\n/);
    expect(text).toContain('  card        Waits for the SMS');
    expect(text).toContain('  pain point  SMS never arrives');
    expect(text).toMatch(new RegExp(`Removed \\(\\d+\\):\\n {2}card +${removed}`));
    expect(text).toMatch(new RegExp(`card +${retitled.now} \\(was “${retitled.was}”\\)`));
    expect(fingerprint(file)).toBe(before);
  });

  it('compares two versions named by id, and prints the comparison as JSON', async () => {
    const { file } = workshopMap();
    const after = (await runCli(['version', file, '--name', 'After'])).stdout.trim();
    const first = DocumentStore.openCopy(file);
    const beforeId = first.versions.find('Before the workshop').id;
    first.close();
    const r = await runCli(['diff', file, '--from', beforeId, '--to', after, '--json']);
    expectClean(r);
    const comparison = comparisonSchema.parse(JSON.parse(r.stdout));
    expect(comparison.changes.filter((c) => c.change === 'added').map((c) => c.title)).toEqual(
      expect.arrayContaining(['Scans the QR code', 'Waits for the SMS', 'Calls the hotline', 'SMS never arrives']),
    );
    expect(comparison.counts).toContainEqual({ object: 'cards', change: 'added', count: 3 });
    // The other way round, the same cards are the removed ones.
    const back = comparisonSchema.parse(
      JSON.parse((await runCli(['diff', file, '--from', after, '--to', beforeId, '--json'])).stdout),
    );
    expect(back.counts).toContainEqual({ object: 'cards', change: 'removed', count: 3 });
  });

  it('names an unknown version and exits 1; a missing --from is a usage error', async () => {
    const { file } = workshopMap();
    const r = await runCli(['diff', file, '--from', 'Kyiv']);
    expectClean(r, 1);
    expect(r.stderr).toMatch(/There is no version "Kyiv" in this map\. "tandem history .*map\.tandem" lists/);
    const none = await runCli(['diff', file]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/diff needs --from VERSION/);
  });

  it('refuses a missing file and a folder with one readable line', async () => {
    const dir = tempDir('tandem-hist-');
    const missing = await runCli(['diff', 'nowhere.tandem', '--from', 'x'], { cwd: dir });
    expectClean(missing, 1);
    expect(missing.stderr.trim()).toBe('nowhere.tandem: no such file');
    const folder = await runCli(['history', dir]);
    expectClean(folder, 1);
    expect(folder.stderr).toMatch(/is a folder, not a map file/);
    // A FIFO is refused before SQLite opens it, so the command cannot hang on it.
    const fifo = join(dir, 'pipe.tandem');
    execFileSync('mkfifo', [fifo]);
    const piped = await runCli(['restore', fifo, '--to', 'x']);
    expectClean(piped, 1);
    expect(piped.stderr).toMatch(/pipe\.tandem: is a named pipe \(FIFO\), not a map file/);
  });
});

describe('tandem restore', { timeout: CLI_TIMEOUT }, () => {
  it('makes the version the current map, keeps the map as it was, and that version brings it back', async () => {
    const { file } = workshopMap();
    const edited = DocumentStore.openCopy(file);
    const editedDoc = edited.doc;
    const original = edited.versions.read(edited.versions.find('Before the workshop').id);
    edited.close();

    const r = await runCli(['restore', file, '--to', 'Before the workshop']);
    expectClean(r);
    // The workshop's three cards go, the removed one (with its links) comes back, the retitled one is renamed back.
    expect(r.stdout).toMatch(
      /^Restored .*map\.tandem to "Before the workshop" \(.*\): \+1 card, −3 cards, 1 card renamed/,
    );
    const kept = /kept as version ([0-9a-z]+)/.exec(r.stdout)?.[1];
    expect(kept).toBeDefined();

    const restored = DocumentStore.open(file);
    expect(restored.doc).toEqual(original);
    expect(restored.versions.find(kept!)).toMatchObject({ reason: 'before-restore' });
    expect(restored.versions.read(kept!)).toEqual(editedDoc);
    restored.close();

    expectClean(await runCli(['restore', file, '--to', kept!]));
    const back = DocumentStore.open(file);
    expect(back.doc).toEqual(editedDoc);
    back.close();
  });

  it('changes nothing for an unknown version, and says so when the map already is the version', async () => {
    const { file } = workshopMap();
    const before = DocumentStore.openCopy(file);
    const doc = before.doc;
    before.close();
    const r = await runCli(['restore', file, '--to', 'nope']);
    expectClean(r, 1);
    expect(r.stderr).toMatch(/There is no version "nope"/);
    const id = (await runCli(['version', file, '--name', 'Now'])).stdout.trim();
    const same = await runCli(['restore', file, '--to', id]);
    expectClean(same);
    expect(same.stdout).toMatch(/already the same as "Now".*nothing changed/);
    const after = DocumentStore.open(file);
    expect(after.doc).toEqual(doc);
    expect(after.versions.list().map((v) => v.reason)).toEqual(['named', 'named']);
    after.close();
  });
});
