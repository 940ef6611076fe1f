import type { CallArgs } from '../../shared/api/contract';
import { EXPORT_EXTENSION, type ExportFormat } from '../../shared/render/exportOptions';
import type { Orientation, Paper } from '../../shared/render/tiling';

/** Everything the export dialog lets a user choose, remembered per map (UI state: never in the document). */
export interface ExportSettings {
  format: ExportFormat;
  paper: Paper;
  orientation: Orientation;
  marginMm: number;
  fit: 'page' | 'tiles';
  /** PDF tiles: CSS px per map px. */
  tileScale: number;
  /** PDF tiles: fit the stages on this many pages across instead of printing at `tileScale`; null: the scale. */
  pagesWide: number | null;
  appendix: boolean;
  /** PNG pixel density. */
  pngScale: 1 | 2 | 3;
  background: 'white' | 'transparent';
  /** Folder of the last export of this map, with its trailing separator; null: next to the map. */
  folder: string | null;
  /** The map itself, a team's one-page handout, or a card's root-cause trace (the last two PDF or PNG only). */
  subject: 'map' | 'handout' | 'trace';
  /** The team whose handout is exported (its id); null: none chosen yet. */
  handoutTeam: string | null;
  /** The card whose worst pain point is traced (its id); null: none chosen yet. */
  traceCard: string | null;
}

export const DEFAULT_SETTINGS: ExportSettings = {
  format: 'pdf',
  paper: 'A3',
  orientation: 'landscape',
  marginMm: 10,
  fit: 'page',
  tileScale: 1,
  pagesWide: null,
  appendix: false,
  pngScale: 2,
  background: 'white',
  folder: null,
  subject: 'map',
  handoutTeam: null,
  traceCard: null,
};

/** The formats a team's handout is written in: one A4 page to print, or a picture of it. */
export const HANDOUT_FORMATS: readonly ExportFormat[] = ['pdf', 'png'];

export const PAPERS: readonly Paper[] = ['A4', 'A3', 'A2', 'Letter', 'Tabloid'];
export const TILE_SCALES: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];
/** The "N pages across" choices the dialog offers (the command line takes up to 20). */
export const PAGES_WIDE: readonly number[] = [1, 2, 3, 4, 5, 6];
/** The formats by their file type's name (the same in every language); what each is for is `format.<name>.what` in the catalogue. */
export const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'png', label: 'PNG' },
  { format: 'svg', label: 'SVG' },
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
];

const KEY_PREFIX = 'tandem.export.v1:';
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const within = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;

/** The settings last used for the map at `mapPath`; anything missing or damaged falls back to the defaults. */
export function loadSettings(mapPath: string, storage: Storage | null = safeStorage()): ExportSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY_PREFIX + mapPath) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry is the same as none.
  }
  const d = DEFAULT_SETTINGS;
  return {
    format: oneOf(
      raw.format,
      FORMATS.map((f) => f.format),
      d.format,
    ),
    paper: oneOf(raw.paper, PAPERS, d.paper),
    orientation: oneOf(raw.orientation, ['portrait', 'landscape'] as const, d.orientation),
    marginMm: within(raw.marginMm, 0, 50, d.marginMm),
    fit: oneOf(raw.fit, ['page', 'tiles'] as const, d.fit),
    tileScale: oneOf(raw.tileScale, TILE_SCALES, d.tileScale),
    pagesWide: oneOf(raw.pagesWide, PAGES_WIDE, null),
    appendix: typeof raw.appendix === 'boolean' ? raw.appendix : d.appendix,
    pngScale: oneOf(raw.pngScale, [1, 2, 3] as const, d.pngScale),
    background: oneOf(raw.background, ['white', 'transparent'] as const, d.background),
    folder: typeof raw.folder === 'string' && raw.folder.length < 4096 ? raw.folder : null,
    subject: oneOf(raw.subject, ['map', 'handout', 'trace'] as const, d.subject),
    handoutTeam: typeof raw.handoutTeam === 'string' && raw.handoutTeam.length <= 64 ? raw.handoutTeam : null,
    traceCard: typeof raw.traceCard === 'string' && raw.traceCard.length <= 64 ? raw.traceCard : null,
  };
}

/** Remembers the settings for the map at `mapPath`; a full or blocked storage is ignored. */
export function saveSettings(mapPath: string, settings: ExportSettings, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(KEY_PREFIX + mapPath, JSON.stringify(settings));
  } catch {
    // Remembering is a convenience; the export itself must not fail over it.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The folder part of a path, with its trailing separator ('' for a bare file name). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut + 1);
}

/** A file name for an export of a map titled `title`: characters no file system accepts become dashes. */
export function exportFileName(title: string, format: ExportFormat): string {
  const stem = title
    .trim()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry C0 control characters (U+0000–U+001F), so they are replaced on purpose
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'Untitled map'}${EXPORT_EXTENSION[format]}`;
}

/**
 * Where an export goes by default: named like the map file (as the CLI does: `Sample map.tandem` → `Sample map.pdf`,
 * or after the title when the file has no name), in the last export folder of this map, else next to the map.
 */
export function defaultExportPath(mapPath: string, title: string, settings: ExportSettings): string {
  const stem = mapPath.slice(folderOf(mapPath).length).replace(/\.tandem$/i, '');
  return `${settings.folder ?? folderOf(mapPath)}${exportFileName(stem || title, settings.format)}`;
}

/** Where a team's handout (or a card's trace) goes by default: beside the map export, named after the map and it. */
export function handoutExportPath(mapPath: string, title: string, settings: ExportSettings, team: string): string {
  const stem = mapPath.slice(folderOf(mapPath).length).replace(/\.tandem$/i, '') || title;
  return `${settings.folder ?? folderOf(mapPath)}${exportFileName(`${stem} - ${team.slice(0, 60)}`, settings.format)}`;
}

/** `path` with the extension of `format` instead of another export format's (a name the user typed otherwise stays). */
export function withExtension(path: string, format: ExportFormat): string {
  const known = Object.values(EXPORT_EXTENSION).find((ext) => path.toLowerCase().endsWith(ext));
  const stem = known ? path.slice(0, path.length - known.length) : path;
  return `${stem}${EXPORT_EXTENSION[format]}`;
}

/** The `export/run` arguments for these settings. */
export function exportRequest(settings: ExportSettings, path: string): CallArgs<'export/run'> {
  const base = { format: settings.format, path, background: settings.background };
  if (settings.subject === 'handout' && settings.handoutTeam !== null)
    return settings.format === 'png'
      ? { format: 'png', path, scale: settings.pngScale, handout: settings.handoutTeam }
      : { format: 'pdf', path, handout: settings.handoutTeam };
  if (settings.subject === 'trace' && settings.traceCard !== null)
    return settings.format === 'png'
      ? { format: 'png', path, scale: settings.pngScale, trace: settings.traceCard }
      : { format: 'pdf', path, trace: settings.traceCard };
  if (settings.format === 'pdf') {
    return {
      ...base,
      background: 'white',
      paper: settings.paper,
      orientation: settings.orientation,
      marginMm: settings.marginMm,
      fit: settings.fit,
      scale: settings.tileScale,
      ...(settings.fit === 'tiles' && settings.pagesWide !== null ? { pagesWide: settings.pagesWide } : {}),
      appendix: settings.appendix,
    };
  }
  if (settings.format === 'png') return { ...base, scale: settings.pngScale };
  return base;
}
