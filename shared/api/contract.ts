import { z } from 'zod';
import { docPatchSchema } from '../commands/patch';
import { comparisonSchema } from '../history/compare';
import { wideMappingSchema } from '../metrics/surveyRows';
import {
  importSummarySchema,
  statsSplitSchema,
  surveyImportInfoSchema,
  surveyReviewSchema,
  surveyStatsSchema,
} from '../metrics/surveySchemas';
import { exportRequestSchema } from '../render/exportOptions';
import { idSchema } from '../schema/common';
import { tandemDocSchema } from '../schema/document';
import { versionInfoSchema, versionNameSchema } from '../schema/version';
import { themeChoiceSchema } from '../theme/themeChoice';
import { languageSchema } from '../vocabulary/language';
import { timerActionSchema } from '../workshop/timer';
import { commandArg, empty, fileFilterSchema, path } from './commonSchemas';
import { mapEvidenceSchema } from './evidenceSchemas';
import { backupIdSchema, backupSchema, openedMapSchema, templateNameSchema, versionRef } from './mapSchemas';
import { menuActionSchema, menuModelSchema } from './menuSchemas';
import { gapDetailsSchema, importChoices, importId, surveyContent } from './surveyCallSchemas';
import { updateActionSchema, updateStateSchema } from './updateSchemas';
import { listenAddressSchema, timerViewSchema, workshopStatusSchema } from './workshopSchemas';

// The schemas of the calls' arguments and results live beside this file, by area; the table and the events are here.
export * from './mapSchemas';
export * from './menuSchemas';
export type { GapDetails } from './surveyCallSchemas';
export { gapDetailsSchema, MAX_SURVEY_CONTENT } from './surveyCallSchemas';
export * from './updateSchemas';

/** What Tandem remembers for its user across maps (settings.json in the data folder), never in a map. */
export const userSettingsSchema = z.object({
  /** The language the user chose for the UI; null follows the operating system's. */
  uiLanguage: languageSchema.nullable(),
  /** The theme the user chose in View › Theme; `system` follows the operating system's. */
  theme: themeChoiceSchema,
  /** Whether Tandem looks for a new release by itself (once a day); off unless the user turns it on. */
  checkForUpdates: z.boolean(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

/**
 * Every call between the renderer and the Node side, declared once. The preload bridge, the Electron IPC
 * handlers and the browser host are all built from this table, and every argument is parsed with it.
 */
export const contract = {
  'app/info': {
    args: empty,
    result: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      platform: z.string(),
      /** The operating system's language as Electron reports it (`app.getLocale()`); null in the browser host. */
      locale: z.string().max(64).nullable(),
    }),
  },
  /**
   * The user's own settings (not the map's): the UI language (null follows the operating system), the theme
   * (`system` follows it) and the automatic update check. `settings/set` changes the fields it is given only.
   */
  'settings/get': { args: empty, result: userSettingsSchema },
  'settings/set': { args: userSettingsSchema.partial(), result: userSettingsSchema },
  /** Help › Check for updates…: the state, a check, a download of what was found, a restart into it. */
  'app/updates': { args: z.object({ action: updateActionSchema }), result: updateStateSchema },
  /** For Help › About: the version, the file format's versions, and the third-party software bundled, with licences. */
  'app/about': {
    args: empty,
    result: z.object({
      version: z.string(),
      /** The document schema a .tandem file and the JSON export carry (`schemaVersion`). */
      schemaVersion: z.number().int(),
      /** The JSON export's envelope version (docs/format/). */
      jsonVersion: z.number().int(),
      licenses: z.array(z.object({ name: z.string(), version: z.string(), license: z.string() })).max(1000),
    }),
  },
  'map/current': { args: empty, result: openedMapSchema },
  'map/apply': {
    args: z.object({
      command: commandArg,
      baseRevision: z.number().int().min(0),
      /**
       * The window that sends it, when that window applies the `map/applied` events of others: its command is then
       * applied on top of whatever others did since `baseRevision` (refused only if it no longer fits), instead of
       * being refused as stale.
       */
      origin: z.string().min(1).max(64).optional(),
    }),
    result: z.object({ revision: z.number().int().min(0) }),
  },
  'map/open': { args: z.object({ path }), result: openedMapSchema },
  /**
   * A new map from a template at `path`. `language` is the map's own: the template writes its stage names, lane
   * titles and example text in it and records it (default English: the host does not know the UI's language).
   */
  'map/new': {
    args: z.object({
      path,
      template: templateNameSchema,
      title: z.string().max(200).optional(),
      language: languageSchema.optional(),
    }),
    result: openedMapSchema,
  },
  'map/saveAs': { args: z.object({ path }), result: z.object({ path: z.string() }) },
  'map/check': { args: empty, result: z.object({ ok: z.boolean(), problems: z.array(z.string()) }) },
  /** The backups of a map (one that failed to open, say) that pass every check, newest first; from the data folder. */
  'map/backups': { args: z.object({ path }), result: z.object({ backups: z.array(backupSchema).max(100) }) },
  /**
   * Writes a good backup of the map at `path` (the newest, or `backup`) to `out` as a new file and opens it. Refuses
   * an existing `out`; the file at `path` is never read or written.
   */
  'map/recover': { args: z.object({ path, out: path, backup: backupIdSchema.optional() }), result: openedMapSchema },
  /** The templates, their titles and descriptions in `language` (default English): what a new map of that language holds. */
  'templates/list': {
    args: z.object({ language: languageSchema.optional() }),
    result: z.array(z.object({ name: templateNameSchema, title: z.string(), description: z.string() })),
  },
  /** The recent maps, newest first; one that is no longer on disk stays listed, marked `missing`, until removed. */
  'recent/list': {
    args: empty,
    result: z.array(
      z.object({
        path: z.string(),
        title: z.string(),
        openedAt: z.string(),
        /** The file is not where it was (moved, renamed, deleted, or on a drive that is not attached). */
        missing: z.boolean().optional(),
        /** A small SVG picture of the map's lanes and cards as it was last left, without any of its text. */
        thumbnail: z.string().max(65_536).optional(),
      }),
    ),
  },
  /** Takes a map off the recent list (the file itself is never touched); `removed` is false when it was not listed. */
  'recent/remove': { args: z.object({ path }), result: z.object({ removed: z.boolean() }) },
  /** Native Open dialog; `filters` narrows it to some file types (default: Tandem maps). */
  'dialog/open': {
    args: z.object({ filters: z.array(fileFilterSchema).max(5).optional() }),
    result: z.object({ path: z.string().nullable() }),
  },
  /** Native Save dialog: for a map by default; with `filters`, for an export (the suggested name keeps its extension). */
  'dialog/save': {
    args: z.object({ suggestedName: z.string().max(200), filters: z.array(fileFilterSchema).max(5).optional() }),
    result: z.object({ path: z.string().nullable() }),
  },
  /** Shows an existing file in the OS file manager (desktop app only; the browser host answers `unsupported`). */
  'shell/reveal': { args: z.object({ path }), result: z.object({ revealed: z.boolean() }) },
  /**
   * Imports a survey CSV into the open map (long format, or wide with `mapping`); emits `survey/progress` while
   * reading. `assign` stores an unmatched touchpoint key's answers under a card's key; `replace` puts the file's
   * answers in place of that import's (same id, its assignments unless `assign` is given).
   */
  'survey/import': {
    args: z.object({ path, mapping: wideMappingSchema.optional(), ...importChoices }),
    result: importSummarySchema,
  },
  /** Imports survey CSV text the renderer read from a file input (browser host): same checks as `survey/import`. */
  'survey/importContent': {
    args: z.object({ ...surveyContent, mapping: wideMappingSchema.optional(), ...importChoices }),
    result: importSummarySchema,
  },
  /** Reads a survey CSV as `survey/import` would and writes nothing: answers per touchpoint key, matches, dates. */
  'survey/review': { args: z.object({ path, mapping: wideMappingSchema.optional() }), result: surveyReviewSchema },
  /** `survey/review` of text the renderer read from a file input (browser host). */
  'survey/reviewContent': {
    args: z.object({ ...surveyContent, mapping: wideMappingSchema.optional() }),
    result: surveyReviewSchema,
  },
  /** The survey imports of the open map, oldest first. */
  'survey/list': { args: empty, result: z.object({ imports: z.array(surveyImportInfoSchema) }) },
  /** Removes one import and its answers (kept while the map is open, so `survey/restore` can undo it). */
  'survey/remove': { args: z.object({ importId }), result: surveyImportInfoSchema },
  /** Brings back an import removed while the map has been open (Undo of `survey/remove`). */
  'survey/restore': { args: z.object({ importId }), result: surveyImportInfoSchema },
  /** The header and first rows of a survey CSV, for the column-mapping dialog of wide files. */
  'survey/preview': {
    args: z.object({ path }),
    result: z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  },
  /** Cancels the survey import that is running, if any; nothing of it is written. */
  'survey/cancel': { args: empty, result: z.object({ cancelled: z.boolean() }) },
  /** Sample comments of both sides at one touchpoint for one pairing, from disagreeing interactions first. */
  'survey/gapDetails': {
    args: z.object({ touchpoint: z.string().min(1).max(64), pairingId: z.string().min(1).max(64) }),
    result: gapDetailsSchema,
  },
  /** Per-touchpoint and per-stage survey metrics and perception gaps of the open map; `by` adds periods or sites. */
  'survey/stats': {
    args: z.object({ by: statsSplitSchema.optional() }).strict(),
    result: surveyStatsSchema,
  },
  /** The map's brand promises and done actions judged by its survey answers (docs/user-guide/promises.md). */
  'evidence/read': { args: empty, result: mapEvidenceSchema },
  /** Exports the open map as PDF, PNG, SVG, JSON or CSV to `path`; emits `export/progress`; `export/cancel` stops it. */
  'export/run': {
    args: exportRequestSchema,
    result: z.object({ files: z.array(z.string()), mapPages: z.number().int().nullable() }),
  },
  /**
   * The renderer's menu model (its actions' labels, accelerators and whether each is enabled), from which the
   * desktop app builds its native menu; the browser host draws its menus in the page and ignores it.
   */
  'menu/set': { args: menuModelSchema, result: z.object({}) },
  /** Cancels the export that is running, if any. */
  'export/cancel': { args: empty, result: z.object({ cancelled: z.boolean() }) },
  /** The versions kept in the open map, newest first (docs/adr/0014-versions.md). */
  'history/list': { args: empty, result: z.object({ versions: z.array(versionInfoSchema) }) },
  /** Keeps the map as it is now as a named version ("Before the Kyiv workshop"). */
  'history/save': { args: z.object({ name: versionNameSchema }), result: versionInfoSchema },
  /** One version's document, to show read-only. */
  'history/read': {
    args: z.object({ id: versionRef }),
    result: z.object({ version: versionInfoSchema, doc: tandemDocSchema }),
  },
  /** What differs from version `from` to version `to` (the current map when `to` is null), object by object. */
  'history/compare': { args: z.object({ from: versionRef, to: versionRef.nullable() }), result: comparisonSchema },
  /**
   * Prepares a restore: keeps the current map as a version (so nothing is lost past the undo stack) and returns the
   * one command that turns it into the version; the renderer applies it as one undoable step. `null`: nothing differs.
   */
  'history/restore': { args: z.object({ id: versionRef }), result: z.object({ command: docPatchSchema.nullable() }) },
  /**
   * "What changed in this workshop": the comparison of version `from` with `to` (the current map when null) as a
   * one-page PDF summary or a CSV of every added, removed and changed object with its title, written to `path`.
   */
  'history/exportComparison': {
    args: z.object({ from: versionRef, to: versionRef.nullable(), format: z.enum(['pdf', 'csv']), path }),
    result: z.object({ files: z.array(z.string()) }),
  },
  /** The addresses of this computer a workshop can listen on, the LAN address of a real interface preselected. */
  'workshop/addresses': {
    args: empty,
    result: z.object({ addresses: z.array(listenAddressSchema), preferred: z.string().nullable() }),
  },
  /**
   * Starts a live workshop on the open map, listening on `address` (one of `workshop/addresses`) and `port` (a free
   * one when absent). Nothing listens on the network before this call; `workshop/stop` or closing the map ends it.
   */
  'workshop/start': {
    args: z.object({ address: z.string().min(1).max(64), port: z.number().int().min(1024).max(65535).optional() }),
    result: workshopStatusSchema,
  },
  'workshop/stop': { args: empty, result: z.object({ stopped: z.boolean() }) },
  /** Whether a workshop runs, its join link and code, and who is in it. */
  'workshop/status': { args: empty, result: workshopStatusSchema },
  /** Locks the map for participants (view only: the host refuses their commands) or opens it again. */
  'workshop/lock': { args: z.object({ locked: z.boolean() }), result: workshopStatusSchema },
  /** Removes a participant: their pages close and their identity is not admitted again; their contributions stay. */
  'workshop/remove': { args: z.object({ participantId: z.string().min(1).max(64) }), result: workshopStatusSchema },
  /** Starts, pauses, resumes, extends or clears the countdown every participant sees (never written to the map). */
  'workshop/timer': { args: timerActionSchema, result: workshopStatusSchema },
  /** Follow me: participants who follow see this stage (null: everyone looks where they like). */
  'workshop/follow': { args: z.object({ stageId: idSchema.nullable() }), result: workshopStatusSchema },
  /** Private mode: participants' new contributions are seen only by the facilitator (and their author) until Reveal. */
  'workshop/private': { args: z.object({ on: z.boolean() }), result: workshopStatusSchema },
  /** Shows every hidden contribution to everyone, as one step in the map; how many were revealed. */
  'workshop/reveal': {
    args: empty,
    result: z.object({ revealed: z.number().int().min(0), revision: z.number().int() }),
  },
  /** The facilitator's countdown (null: none), with or without a workshop (ADR 0027). */
  'timer/status': { args: empty, result: z.object({ timer: timerViewSchema }) },
  /**
   * Starts, pauses, resumes, extends or clears the facilitator's countdown; while a workshop runs, every participant's
   * page shows the same one. Pausing, resuming or extending when there is none is a conflict.
   */
  'timer/act': { args: timerActionSchema, result: z.object({ timer: timerViewSchema }) },
  /** Writes a version as a new map file at `path` (never over an existing file) and opens it. */
  'history/openCopy': { args: z.object({ id: versionRef, path }), result: openedMapSchema },
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallArgs<N extends CallName> = z.input<Contract[N]['args']>;
export type CallResult<N extends CallName> = z.output<Contract[N]['result']>;

/** Events the Node side pushes to the renderer. */
export const events = {
  'menu/action': z.object({ action: menuActionSchema }),
  'map/opened': openedMapSchema,
  'map/changed': z.object({ revision: z.number().int() }),
  /**
   * A command reached the file: its revision, the command, the window that sent it (`origin`, null for a workshop
   * participant) and who made it. Sent before `map/changed` of the same revision. A window applies the commands of
   * others to its map and keeps its own undo steps.
   */
  'map/applied': z.object({
    revision: z.number().int().min(1),
    command: z.unknown(),
    origin: z.string().max(64).nullable(),
    author: z.string().max(64),
  }),
  /** A workshop started or ended, or someone joined, left or came back. */
  'workshop/changed': z.object({}),
  /** The facilitator's countdown changed (started, paused, resumed, extended, cleared). */
  'timer/changed': z.object({ timer: timerViewSchema }),
  /** A version was kept or removed: the History panel lists them again. */
  'history/changed': z.object({}),
  /** The update check moved on (checking, found, downloading with its percent, ready to install, failed). */
  'update/state': updateStateSchema,
  /**
   * A map the desktop app was asked to open by the OS or its native menu is damaged or unreadable: the window says
   * why on its start screen and offers the map's newest good backup.
   */
  'map/openFailed': z.object({ path: z.string(), message: z.string() }),
  /** Share of the survey file read so far during `survey/import`. */
  'survey/progress': z.object({ fraction: z.number().min(0).max(1) }),
  /** How far `export/run` has got: a phase in words and a step count. */
  'export/progress': z.object({
    phase: z.string(),
    /** The step, for the window to word in the UI's language. */
    step: z.enum(['layout', 'compare', 'chromium', 'drawing', 'tile', 'printing', 'done']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.output<(typeof events)[N]>;

/** The API as the renderer sees it: one async method per call, never throwing. */
export type TandemApi = {
  [N in CallName]: (args: CallArgs<N>) => Promise<import('./result').ApiResult<CallResult<N>>>;
};

/** What a host implements: one async function per call, given parsed arguments; it may throw. */
export type ApiImplementation = {
  [N in CallName]: (args: z.output<Contract[N]['args']>) => Promise<CallResult<N>> | CallResult<N>;
};

export const CALL_NAMES = Object.keys(contract) as CallName[];
