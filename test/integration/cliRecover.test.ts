// `tandem check` names the backup Tandem would offer for a damaged map, and `tandem recover` writes it as a new
// file; both read the data folder from TANDEM_HOME. The backups are made as the app makes them: by a session.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { createFromTemplate } from '../../shared/templates/index';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A map the app opened (one backup), renamed to `title` and left (a second backup), then cut to zero bytes. */
async function damagedWithBackups(title: string): Promise<{ dir: string; file: string; home: string }> {
  const dir = tempDir('tandem-cli-');
  const home = tempDir('tandem-home-');
  const file = join(dir, 'bank.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  const session = createSession({ host: 'browser', version: '0.1.0', dataDir: home });
  await session.open(file);
  await session.backupsSettled();
  const renamed = await dispatch(session.api, 'map/apply', {
    command: { type: 'map/update', patch: { title } },
    baseRevision: 0,
  });
  expect(renamed.ok).toBe(true);
  await session.backupsSettled();
  session.close();
  truncateSync(file, 0);
  return { dir, file, home };
}

const MOMENT = String.raw`\d{1,2} [A-Z][a-z]{2}( \d{4})? \d{2}:\d{2}`;

describe('tandem check and recover', () => {
  it('check names the backup that would be offered for a damaged map', async () => {
    const { dir, home } = await damagedWithBackups('Open an account');
    const result = await runCli(['check', 'bank.tandem'], { cwd: dir, env: { TANDEM_HOME: home } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bank\.tandem: it is empty \(0 bytes\)/);
    expect(result.stderr).toMatch(
      new RegExp(
        `bank\\.tandem: Tandem would offer the backup from ${MOMENT}, 35 cards: tandem recover bank\\.tandem --out COPY\\.tandem`,
      ),
    );
  });

  it('check says when every backup of a damaged map is damaged too, and adds nothing for a map never opened', async () => {
    const { dir, home } = await damagedWithBackups('Open an account');
    for (const name of readdirSync(join(home, 'backups'))) {
      const folder = join(home, 'backups', name);
      for (const backup of readdirSync(folder).filter((n) => n.endsWith('.tandem')))
        truncateSync(join(folder, backup), 1000);
    }
    const result = await runCli(['check', 'bank.tandem'], { cwd: dir, env: { TANDEM_HOME: home } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `bank.tandem: none of its 2 backups in ${join(home, 'backups')} passes the checks either.`,
    );
    const stranger = await runCli(['check', 'bank.tandem'], {
      cwd: dir,
      env: { TANDEM_HOME: tempDir('tandem-home-') },
    });
    expect(stranger.code).toBe(1);
    expect(stranger.stderr.trim()).toBe(
      'bank.tandem: it is empty (0 bytes): it may have been cut short while being saved, copied or synced',
    );
  });

  it('recover writes the newest good backup as a new map, or the one chosen, and leaves the damaged file', async () => {
    const { dir, file, home } = await damagedWithBackups('Open an account');
    const before = sha256(file);
    const result = await runCli(['recover', 'bank.tandem', '--out', 'bank-recovered.tandem'], {
      cwd: dir,
      env: { TANDEM_HOME: home },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(
      new RegExp(`^Wrote the backup from ${MOMENT}, 35 cards of bank\\.tandem to bank-recovered\\.tandem\\.$`),
    );
    expect(sha256(file)).toBe(before);
    const recovered = DocumentStore.open(join(dir, 'bank-recovered.tandem'));
    expect(recovered.doc.meta.title).toBe('Open an account');
    recovered.close();
    const older = await runCli(['recover', 'bank.tandem', '--out', 'older.tandem', '--backup', '2'], {
      cwd: dir,
      env: { TANDEM_HOME: home },
    });
    expect(older.code).toBe(0);
    const first = DocumentStore.open(join(dir, 'older.tandem'));
    expect(first.doc.meta.title).not.toBe('Open an account');
    expect(first.revision).toBe(0);
    first.close();
    const checked = await runCli(['check', 'older.tandem'], { cwd: dir, env: { TANDEM_HOME: home } });
    expect(checked.code).toBe(0);
  });

  it('recover refuses an existing --out, a backup that is not there, and a map without backups', async () => {
    const { dir, file, home } = await damagedWithBackups('Open an account');
    const env = { TANDEM_HOME: home };
    const existing = join(dir, 'taken.tandem');
    DocumentStore.create(existing, createFromTemplate('blank')).close();
    const takenBefore = sha256(existing);
    const taken = await runCli(['recover', 'bank.tandem', '--out', 'taken.tandem'], { cwd: dir, env });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/taken\.tandem already exists; choose another name/);
    expect(sha256(existing)).toBe(takenBefore);
    const third = await runCli(['recover', 'bank.tandem', '--out', 'c.tandem', '--backup', '3'], { cwd: dir, env });
    expect(third.code).toBe(1);
    expect(third.stderr).toMatch(/bank\.tandem has 2 good backups; --backup 3 is not one of them/);
    const onto = await runCli(['recover', 'bank.tandem', '--out', 'bank.tandem'], { cwd: dir, env });
    expect(onto.code).toBe(1);
    expect(onto.stderr).toMatch(/--out must name a new file; bank\.tandem is kept as it is/);
    const none = await runCli(['recover', 'bank.tandem', '--out', 'c.tandem'], {
      cwd: dir,
      env: { TANDEM_HOME: tempDir('tandem-home-') },
    });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(
      /there is no backup of bank\.tandem in .*backups \(TANDEM_HOME chooses the data folder\)/,
    );
    expect(existsSync(join(dir, 'c.tandem'))).toBe(false);
    expect(readFileSync(file).length).toBe(0);
  });

  it('recover without --out, or with a --backup that is not a number, is a usage error', async () => {
    const { dir, home } = await damagedWithBackups('Open an account');
    const env = { TANDEM_HOME: home };
    const noOut = await runCli(['recover', 'bank.tandem'], { cwd: dir, env });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/recover needs --out COPY\.tandem/);
    const badN = await runCli(['recover', 'bank.tandem', '--out', 'c.tandem', '--backup', 'last'], { cwd: dir, env });
    expect(badN.code).toBe(2);
    expect(badN.stderr).toMatch(/--backup must be a whole number from 1 \(the newest\), not "last"/);
  });
});
