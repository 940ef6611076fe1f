import type { EventPayload, OpenedMap } from '../../shared/api/contract';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';
import type { ChromeSlice } from './chromeSlice';
import type { EvidenceSlice } from './evidenceSlice';
import type { FilterSlice } from './filterSlice';
import type { InsightSlice } from './insightSlice';
import type { PanelsSlice } from './panelsSlice';
import type { PresentSlice } from './presentSlice';
import type { SelectionSlice } from './selectionSlice';
import type { StructureSlice } from './structureSlice';
import type { SurveySlice } from './surveySlice';
import type { VersionSlice } from './versionSlice';

/** One undoable step: what the user did, how to take it back, and how to do it again. */
export interface HistoryEntry {
  /** Names the step for a command that means to join it. */
  id: number;
  label: string;
  /** Takes back the whole step, whatever joined it. */
  undo: Command;
  /** Does the whole step again: one command, a batch when several joined. */
  redo: Command;
  /** Still waiting for the commands that complete it: applied here, not yet sent to the host. */
  open: boolean;
  /** Someone else has changed what this step changed since: undoing it would undo theirs too, so it is refused. */
  conflict?: string;
  /** A step outside the document (a survey import removed): undone and redone by these calls, not by commands. */
  effect?: HistoryEffect;
}

/** How a step outside the document is taken back and done again; each resolves with an error message or null. */
export interface HistoryEffect {
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
}

/**
 * How a command enters history (after tldraw's record / squash modes).
 * - `'record'`: a step of its own, sent to the host at once.
 * - `'open'`: a step of its own, held open for the commands that complete it; it is sent, as one command, when a
 *   command joins it or any other edit, undo or redo comes first. Undone while open, it never reaches the host.
 * - `{ join: id }`: becomes part of step `id`, which is then closed: one undo step, one write. Refused when the
 *   last step is a different one (the user did something in between): the command is then a step of its own.
 */
export type HistoryMode = 'record' | 'open' | { join: number };

/** The open map as the renderer holds it: the optimistic document and the last revision the host confirmed. */
export interface DocumentSlice {
  doc: TandemDoc;
  revision: number;
  path: string;
  /** Replaces the map (opened, or reloaded after a refusal); history starts afresh. */
  load(opened: OpenedMap): void;
  /** Fetches the map from the host again; `reason`, when given, is shown as an error. */
  reload(reason?: string): Promise<void>;
}

/** Undo / redo and the one entry point for edits. */
export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * True while a command sent to the host has not been answered. An open step is not sent until it closes, so a
   * card whose title is still being typed does not count, as a text field being typed in does not.
   */
  saving: boolean;
  /**
   * Edits on the canvas that are not on disk because the host could not be reached or could not write (`io`): they
   * are kept, in order, and sent again until the host takes them; null while every edit has reached the file.
   */
  unsaved: { count: number; reason: string } | null;
  /**
   * Applies a command at once and sends it to the host as `mode` says; false (and an error shown) when it is refused
   * locally, or when a kept version is on the canvas (read-only: the one gate every edit passes).
   */
  dispatch(cmd: Command, label?: string, mode?: HistoryMode): boolean;
  undo(): void;
  redo(): void;
  /** Records a step already done outside the document (ADR 0019); Undo and Redo run its effect, in order with edits. */
  recordEffect(label: string, effect: HistoryEffect): void;
  /** Resolves when every command sent so far has been answered by the host. */
  whenSynced(): Promise<void>;
  /**
   * Another window's or a participant's command reached the file: it is applied under this window's unconfirmed
   * commands (the host's order), and the undo steps it touches are marked so that undoing them is refused.
   */
  applyRemote(event: EventPayload<'map/applied'>): void;
}

export type PanelName = 'inspector' | 'legend';

/** State of the window that never enters the document. */
export interface UiSlice {
  selection: string[];
  openPanels: PanelName[];
  /** The latest problem, in words a user can act on. */
  error: string | null;
  select(ids: string[]): void;
  togglePanel(name: PanelName): void;
  showError(message: string): void;
  dismissError(): void;
}

export type EditorState = DocumentSlice &
  HistorySlice &
  UiSlice &
  ChromeSlice &
  PanelsSlice &
  FilterSlice &
  StructureSlice &
  SelectionSlice &
  InsightSlice &
  SurveySlice &
  VersionSlice &
  PresentSlice &
  EvidenceSlice;
