import { type BackupOutcome, changeCount, takeBackup, takeBackupNow } from './backups';
import type { DocumentStore } from './documentStore';

/**
 * When the session backs a map up: once it has opened sound (so a backup is always of a good state), and when it
 * is closed or left for another map with changes since its last backup. Backups run one at a time, in the
 * background; a map left for another stays open until its backup is written, then closes. A failed backup is
 * reported to `report` and never reaches the user's edit.
 */
export class BackupKeeper {
  private readonly dataDir: string;
  private readonly report: (outcome: BackupOutcome) => void;
  /** How many changes each open store had made at its last backup (or skip): commands and survey imports. */
  private readonly backedUp = new WeakMap<DocumentStore, number>();
  private queue: Promise<void> = Promise.resolve();

  constructor(dataDir: string, report: (outcome: BackupOutcome) => void = reportFailure) {
    this.dataDir = dataDir;
    this.report = report;
  }

  /** A store that has just opened sound: back it up in the background. */
  opened(store: DocumentStore): void {
    this.enqueue(store);
  }

  /** A store the session leaves for another: back it up if it changed, then close it. */
  release(store: DocumentStore): void {
    if (this.changedSinceBackup(store)) this.enqueue(store);
    this.queue = this.queue.then(() => store.close()).catch(reportClose);
  }

  /**
   * The session is closing (the app quits) and cannot wait: a store that changed since its last backup is backed up
   * synchronously, then closed. A background backup still running on it fails quietly when its connection goes.
   */
  closeNow(store: DocumentStore): void {
    if (this.changedSinceBackup(store)) this.done(store, takeBackupNow(this.dataDir, store));
    store.close();
  }

  /** Resolves once every backup queued so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(store: DocumentStore): void {
    this.queue = this.queue.then(async () => {
      // The store may have been closed while it waited its turn (the app quitting): nothing to copy from.
      if (!store.database.open) return;
      this.done(store, await takeBackup(this.dataDir, store));
    });
  }

  private changedSinceBackup(store: DocumentStore): boolean {
    return store.database.open && this.backedUp.get(store) !== changeCount(store);
  }

  /** Runs right after the copy ends (no other task in between), so the count is that of the state copied. */
  private done(store: DocumentStore, outcome: BackupOutcome): void {
    if (outcome.kind !== 'failed' && store.database.open) this.backedUp.set(store, changeCount(store));
    this.report(outcome);
  }
}

/** Closing a store left behind failed (a disk gone away): SQLite keeps its log, which the next open applies. */
function reportClose(err: unknown): void {
  console.warn(`tandem: a map could not be closed cleanly: ${err instanceof Error ? err.message : String(err)}`);
}

/** The default report: a failed backup goes to the log; editing goes on. */
function reportFailure(outcome: BackupOutcome): void {
  if (outcome.kind === 'failed') console.warn(`tandem: ${outcome.message}`);
}
