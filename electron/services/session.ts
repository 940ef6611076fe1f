import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import type {
  ApiImplementation,
  EventName,
  MenuModel,
  OpenedMap,
  UpdatesPort,
  UserSettings,
} from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { JSON_VERSION } from '../../shared/render/json';
import { SCHEMA_VERSION } from '../../shared/schema/document';
import { createFromTemplate, templatesIn } from '../../shared/templates/index';
import { DEFAULT_LANGUAGE } from '../../shared/vocabulary/language';
import { workshopApi } from '../workshop/facilitator';
import { BackupKeeper } from './backupKeeper';
import { goodBackups, recoverBackup } from './backups';
import { DocumentStore } from './documentStore';
import { runExport } from './export/index';
import { printedMetricValues, printedTrend } from './export/metricValues';
import type { PrintPdf } from './export/progress';
import { checkFile } from './fileCheck';
import { type AutoVersionOptions, AutoVersions, historyApi } from './history';
import { findAppRoot, thirdPartyPackages } from './licenses';
import { RecentFiles } from './recentFiles';
import { withContentFile } from './surveyContent';
import { importSurvey, type SurveyImportOptions } from './surveyImport';
import { listImports, removeImport, restoreImport } from './surveyImports';
import { previewSurvey } from './surveyPreview';
import { reviewSurvey } from './surveyReview';
import { gapDetails, type SurveyStats, surveyStats } from './surveyStats';
import { customerComments } from './surveyComments';
import { mapEvidence } from './evidence';
import { UserSettingsFile } from './userSettings';

export interface SessionOptions {
  host: 'electron' | 'browser';
  version: string;
  /** The operating system's language (Electron's `app.getLocale()`); absent in the browser host. */
  locale?: string;
  /** The folder of Tandem's own package.json (Electron's app path), for the licences in Help › About. */
  appRoot?: string;
  /** Folder for Tandem's own files (recent list). */
  dataDir: string;
  /** Native file dialogs, where the host has them. */
  dialogs?: {
    open(filters?: { name: string; extensions: string[] }[]): Promise<string | null>;
    /** `filters` given: an export's destination (the name keeps its extension), else a map. */
    save(suggestedName: string, filters?: { name: string; extensions: string[] }[]): Promise<string | null>;
  };
  /** Pushes an event to the renderer(s). */
  emit?: (event: EventName, payload: unknown) => void;
  /** Prints export HTML to PDF with the host's own Chromium (Electron's printToPDF); default Playwright + Chromium. */
  printPdf?: PrintPdf;
  /** Shows a file in the OS file manager (Electron's shell.showItemInFolder); absent in the browser host. */
  reveal?: (path: string) => void;
  /** Builds the native menu from the renderer's menu model (Electron); absent in the browser host. */
  setMenu?: (model: MenuModel) => void;
  /** The participant page's build (dist/participant), which a live workshop serves; absent: no workshops. */
  participantPageDir?: string;
  /** The operating system's network interfaces, for the workshop's address picker (tests give a faked list). */
  networkInterfaces?: () => NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>;
  /** How automatic versions are kept (interval, clock); the defaults are the product's. */
  versions?: Pick<AutoVersionOptions, 'intervalMs' | 'now'>;
  /** The app's update check (Electron, one for all windows); absent in the browser host, which has none. */
  updates?: UpdatesPort;
  /** Told of every change to the user's settings (Electron: the automatic update check reads them). */
  onSettings?: (settings: UserSettings) => void;
}

export interface Session {
  api: ApiImplementation;
  open(path: string): Promise<OpenedMap>;
  /** The open map's store, if any (for the CLI and tests). */
  store(): DocumentStore | null;
  /** Resolves once every backup started so far has been written or has failed (for tests and a clean quit). */
  backupsSettled(): Promise<void>;
  close(): void;
}

/** A path the user gave for a map: absolute, ending in .tandem. */
function mapPath(path: string): string {
  const full = isAbsolute(path) ? path : resolve(path);
  if (extname(full).toLowerCase() !== '.tandem')
    throw new ApiFailure('invalid_arguments', `"${path}" must end in .tandem`);
  return full;
}

/** Touchpoint key → the worst flagged disagreement share there, for the gap badges of an export. */
function flaggedGaps(stats: SurveyStats): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of stats.touchpoints) {
    for (const g of t.gaps) if (g.flagged && g.share !== null) out.set(t.key, Math.max(out.get(t.key) ?? 0, g.share));
  }
  return out;
}

/** The one implementation of the API contract, used by the Electron IPC handlers and the browser host alike. */
export function createSession(opts: SessionOptions): Session {
  let current: DocumentStore | null = null;
  const recent = new RecentFiles(opts.dataDir);
  const settings = new UserSettingsFile(opts.dataDir);
  const emit = opts.emit ?? (() => undefined);
  const autoVersions = new AutoVersions({
    ...opts.versions,
    onChange: () => emit('history/changed', {}),
    onError: (err) => console.warn(`Tandem could not keep a version of the map: ${(err as Error).message}`),
  });
  const backups = new BackupKeeper(opts.dataDir);
  const stopUpdates = opts.updates?.subscribe((state) => emit('update/state', state));

  let exporting: AbortController | null = null;
  let importing: AbortController | null = null;
  /** Runs one survey import at a time, cancellable with `survey/cancel`, reporting progress as events. */
  const runImport = async (path: string, choices: SurveyImportOptions) => {
    const store = need();
    if (importing)
      throw new ApiFailure('conflict', 'Another survey import is running; wait for it to finish or cancel it.');
    const controller = new AbortController();
    importing = controller;
    try {
      return await importSurvey(store, path, {
        ...choices,
        signal: controller.signal,
        onProgress: (fraction) => emit('survey/progress', { fraction }),
      });
    } finally {
      importing = null;
    }
  };
  const workshop = workshopApi({
    need: () => need(),
    emit,
    pageDir: opts.participantPageDir,
    interfaces: opts.networkInterfaces,
    beforeParticipantEdit: () => autoVersions.beforeEdit(),
    onParticipantEdit: () => autoVersions.afterEdit(),
    onEnded: () => autoVersions.keepNow('workshop'),
  });
  const need = (): DocumentStore =>
    current ??
    (() => {
      throw new ApiFailure('not_found', 'No map is open.');
    })();
  const opened = (store: DocumentStore): OpenedMap => ({ doc: store.doc, revision: store.revision, path: store.path });
  const switchTo = (store: DocumentStore): OpenedMap => {
    // A workshop runs on the map that was open: it ends before another is opened.
    void workshop.stop();
    // The version of the map as it was left goes into the file before its backup is taken.
    autoVersions.detach();
    if (current) {
      recent.refresh(current.path, current.doc.meta.title, current.doc);
      backups.release(current);
    }
    current = store;
    autoVersions.attach(store);
    backups.opened(store);
    recent.add(store.path, store.doc.meta.title, new Date(), store.doc);
    const map = opened(store);
    emit('map/opened', map);
    return map;
  };

  const api: ApiImplementation = {
    'app/info': () => ({
      version: opts.version,
      host: opts.host,
      platform: process.platform,
      locale: opts.locale ?? null,
    }),
    'settings/get': () => settings.read(),
    'settings/set': (change) => {
      const next = settings.write(change);
      opts.onSettings?.(next);
      return next;
    },
    'app/updates': ({ action }) =>
      opts.updates ? opts.updates.run(action) : { state: 'unavailable' as const, reason: 'browser' as const },
    'app/about': () => {
      const root = opts.appRoot ?? findAppRoot([dirname(process.argv[1] ?? ''), process.cwd()]);
      return {
        version: opts.version,
        schemaVersion: SCHEMA_VERSION,
        jsonVersion: JSON_VERSION,
        licenses: root ? thirdPartyPackages(root) : [],
      };
    },
    'menu/set': (model) => {
      opts.setMenu?.(model);
      return {};
    },
    'map/current': () => opened(need()),
    'map/apply': ({ command, baseRevision, origin }) => {
      const store = need();
      // A window that follows map/applied has seen what it has been sent; its command goes on top of the rest.
      const rebases = origin !== undefined && baseRevision <= store.revision;
      if (baseRevision !== store.revision && !rebases) {
        throw new ApiFailure(
          'stale',
          `The map changed elsewhere (it is at revision ${store.revision}, this window had ${baseRevision}); it has been reloaded.`,
        );
      }
      // The contract parsed the command where it came in (shared/api/dispatch.ts); parsing it again here would be
      // the second of two checks of one value.
      autoVersions.beforeEdit();
      const { revision } = store.applyParsed(command);
      autoVersions.afterEdit();
      workshop.facilitatorApplied(command, revision);
      emit('map/applied', { revision, command, origin: origin ?? null, author: 'facilitator' });
      emit('map/changed', { revision });
      return { revision };
    },
    'map/open': ({ path }) => switchTo(DocumentStore.open(mapPath(path))),
    'map/new': ({ path, template, title, language }) =>
      switchTo(DocumentStore.create(mapPath(path), createFromTemplate(template, title, new Date(), language))),
    'map/saveAs': async ({ path }) => {
      const store = need();
      const dest = mapPath(path);
      if (dest === store.path) {
        if (!store.replaced) return { path: dest };
        throw new ApiFailure(
          'conflict',
          `"${basename(dest)}" is no longer the file Tandem opened; save your map under another name.`,
        );
      }
      if (existsSync(dest) && !checkFile(dest).ok)
        throw new ApiFailure('conflict', `"${path}" exists and is not a Tandem map; it was not overwritten.`);
      await store.saveAs(dest);
      switchTo(DocumentStore.open(dest));
      return { path: dest };
    },
    'map/check': () => need().check(),
    'map/backups': ({ path }) => ({
      backups: goodBackups(opts.dataDir, mapPath(path)).map(({ id, takenAt, revision, cards, title }) => ({
        id,
        takenAt,
        revision,
        cards,
        title,
      })),
    }),
    'map/recover': async ({ path, out, backup }) => {
      const source = mapPath(path);
      const dest = mapPath(out);
      if (dest === source)
        throw new ApiFailure('invalid', 'Choose another name for the copy: the damaged file is kept as it is.');
      if (existsSync(dest)) throw new ApiFailure('conflict', `"${out}" already exists; choose another name.`);
      await recoverBackup(opts.dataDir, source, dest, backup);
      return switchTo(DocumentStore.open(dest));
    },
    'templates/list': ({ language }) => templatesIn(language ?? DEFAULT_LANGUAGE),
    'recent/list': () => recent.list(),
    'recent/remove': ({ path }) => ({ removed: recent.remove(isAbsolute(path) ? path : resolve(path)) }),
    'dialog/open': async ({ filters }) => {
      if (!opts.dialogs) throw new ApiFailure('unsupported', 'File dialogs are only available in the desktop app.');
      return { path: await opts.dialogs.open(filters) };
    },
    'dialog/save': async ({ suggestedName, filters }) => {
      if (!opts.dialogs) throw new ApiFailure('unsupported', 'File dialogs are only available in the desktop app.');
      return { path: await opts.dialogs.save(suggestedName, filters) };
    },
    'shell/reveal': ({ path }) => {
      if (!opts.reveal)
        throw new ApiFailure('unsupported', 'Showing a file in its folder is only available in the desktop app.');
      const full = isAbsolute(path) ? path : resolve(path);
      // Only an existing file is handed to the OS: never a folder to "open", never a made-up path.
      if (!existsSync(full) || !statSync(full).isFile())
        throw new ApiFailure('not_found', `${full} is not a file (it may have been moved or deleted).`);
      opts.reveal(full);
      return { revealed: true };
    },
    'survey/import': ({ path, ...choices }) => runImport(isAbsolute(path) ? path : resolve(path), choices),
    'survey/importContent': ({ fileName, content, ...choices }) =>
      withContentFile(fileName, content, (file) => runImport(file, choices)),
    'survey/review': ({ path, mapping }) => reviewSurvey(need(), isAbsolute(path) ? path : resolve(path), { mapping }),
    'survey/reviewContent': ({ fileName, content, mapping }) =>
      withContentFile(fileName, content, (file) => reviewSurvey(need(), file, { mapping })),
    'survey/list': () => ({ imports: listImports(need().database) }),
    'survey/remove': ({ importId }) => removeImport(need().database, importId),
    'survey/restore': ({ importId }) => restoreImport(need().database, importId),
    'survey/preview': ({ path }) => previewSurvey(isAbsolute(path) ? path : resolve(path)),
    'survey/cancel': () => {
      const running = importing;
      running?.abort();
      return { cancelled: running !== null };
    },
    'survey/gapDetails': ({ touchpoint, pairingId }) => gapDetails(need(), touchpoint, pairingId),
    'survey/stats': ({ by }) => surveyStats(need(), by),
    'evidence/read': () => mapEvidence(need()),
    'export/run': async (req) => {
      const store = need();
      if (exporting) throw new ApiFailure('conflict', 'Another export is running; wait for it to finish or cancel it.');
      const controller = new AbortController();
      exporting = controller;
      try {
        const path = isAbsolute(req.path) ? req.path : resolve(req.path);
        const stats = surveyStats(store, 'site');
        const metricValues = printedMetricValues(store.doc, stats);
        const perceptionGaps = flaggedGaps(stats);
        return await runExport(
          store.doc,
          { ...req, path },
          {
            metricValues,
            perceptionGaps,
            sites: stats.sites,
            evidence: { stats, comments: (keys) => customerComments(store.database, keys) },
            ...(req.format === 'pdf' && req.appendix ? { trend: printedTrend(store) } : {}),
            judged: mapEvidence(store),
            signal: controller.signal,
            printPdf: opts.printPdf,
            onProgress: (p) => emit('export/progress', p),
          },
        );
      } finally {
        exporting = null;
      }
    },
    'export/cancel': () => {
      const running = exporting;
      running?.abort();
      return { cancelled: running !== null };
    },
    ...historyApi({ need, switchTo, mapPath, emit, now: opts.versions?.now, printPdf: opts.printPdf }),
    ...workshop.api,
  };

  return {
    api,
    open: async (path) => api['map/open']({ path }) as OpenedMap,
    store: () => current,
    backupsSettled: () => backups.settled(),
    close: () => {
      stopUpdates?.();
      void workshop.stop();
      autoVersions.detach();
      if (current) {
        recent.refresh(current.path, current.doc.meta.title, current.doc);
        backups.closeNow(current);
      }
      current = null;
    },
  };
}
