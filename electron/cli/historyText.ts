// What the history commands (`history`, `version`, `diff`, `restore`) share: opening the map they name, finding a
// version by id or name, and the words a version and a comparison are shown in.
import { resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import type { Comparison, ObjectChange } from '../../shared/history/compare';
import { label } from '../../shared/vocabulary';
import type { VersionInfo } from '../../shared/schema/version';
import { changeNote, changesOf, objectWord } from '../../shared/render/comparisonText';
import { DocumentStore } from '../services/documentStore';
import { fileKind } from '../services/fileSafety';
import type { CliIo } from './command';

/**
 * Opens the map a history command names, or prints why it cannot and returns null. `copy`: a private copy, for
 * commands that only read (the file itself is left byte for byte as it was, even an older format).
 */
export function openHistoryMap(io: CliIo, cwd: string, given: string, copy: boolean): DocumentStore | null {
  const file = resolve(cwd, given);
  const kind = fileKind(file);
  if (kind === 'missing') {
    io.err(`${given}: no such file`);
    return null;
  }
  // Refused before SQLite opens it: a FIFO would never answer and a folder is never a map.
  if (kind !== 'file') {
    io.err(`${given}: is ${kind}, not a map file`);
    return null;
  }
  try {
    return copy ? DocumentStore.openCopy(file) : DocumentStore.open(file);
  } catch (err) {
    printFailure(io, given, err);
    return null;
  }
}

/** One readable line per line of an error, the map's name in front; never a stack trace. */
export function printFailure(io: CliIo, given: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof ApiFailure && err.code === 'not_found' && /no version/.test(message)) {
    io.err(`${given}: ${message} "tandem history ${given}" lists the versions kept.`);
    return;
  }
  for (const line of message.split('\n')) io.err(line.includes(given) ? line : `${given}: ${line}`);
}

/** The time a version was kept, to the minute, in UTC: the same on every machine that reads the file. */
export function keptAt(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** A version in a few words: its name in quotes, or why it was kept. */
export function versionName(v: VersionInfo): string {
  return v.name === null ? label(`versionReason.${v.reason}`) : `"${v.name}"`;
}

/** A version as a sentence names it: `"Before the Kyiv workshop" (2026-12-03 13:40 UTC)`. */
export function versionLabel(v: VersionInfo): string {
  return `${versionName(v)} (${keptAt(v.createdAt)}, id ${v.id})`;
}

/** One object's line in a list of changes: its kind (padded to `width`), its title, and what changed. */
export function changeLine(ch: ObjectChange, width = 0): string {
  const what = `${objectWord(ch.object).padEnd(width)}  ${ch.title}`;
  const note = changeNote(ch);
  return note ? `${what} (${note})` : what;
}

/** The Added / Removed / Changed lists of a comparison, each headed with its count; empty lists are left out. */
export function changeLists(comparison: Comparison): string[] {
  const lines: string[] = [];
  for (const [change, heading] of [
    ['added', 'Added'],
    ['removed', 'Removed'],
    ['changed', 'Changed'],
  ] as const) {
    const of = changesOf(comparison, change);
    if (of.length === 0) continue;
    // The titles start in one column, whatever the kinds' words.
    const width = Math.max(...of.map((c) => [...objectWord(c.object)].length));
    lines.push('', `${heading} (${of.length}):`, ...of.map((c) => `  ${changeLine(c, width)}`));
  }
  return lines;
}
