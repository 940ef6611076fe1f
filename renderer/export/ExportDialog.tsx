import '../styles/export.css';
import { useMemo, useState, type FormEvent } from 'react';
import { EXPORT_EXTENSION } from '../../shared/render/exportOptions';
import type { TandemClient } from '../api/client';
import { Modal } from '../ui/Modal';
import { useDesktopHost } from '../ui/useDesktopHost';
import { useEditor } from '../store/useEditor';
import { ExportOptions } from './ExportOptions';
import { ExportPreview } from './ExportPreview';
import { ExportStatus } from './ExportStatus';
import {
  defaultExportPath,
  exportRequest,
  folderOf,
  handoutExportPath,
  loadSettings,
  saveSettings,
  withExtension,
  type ExportSettings,
} from './exportSettings';
import { pdfSummary, pngSummary } from './pageSummary';
import { useExportRun } from './useExportRun';
import { uiLanguage, useT } from '../i18n';

const OTHER_SUMMARY = {
  svg: 'summary.svg',
  json: 'summary.json',
  csv: 'summary.csv',
} as const;

/** File › Export…: format and options, a live preview, where to save, then progress and the saved file. */
export function ExportDialog({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  const t = useT('exportDialog');
  const doc = useEditor((s) => s.doc);
  const mapPath = useEditor((s) => s.path);
  const desktop = useDesktopHost(client);
  const [settings, setSettings] = useState<ExportSettings>(() => loadSettings(mapPath));
  const [path, setPath] = useState(() => defaultExportPath(mapPath, doc.meta.title, settings));
  const { state, run, cancel, reset } = useExportRun(client);
  const running = state.kind === 'running';

  const change = (patch: Partial<ExportSettings>) => {
    const next = { ...settings, ...patch };
    const named =
      next.subject === 'handout'
        ? doc.teams.find((x) => x.id === next.handoutTeam)?.name
        : next.subject === 'trace'
          ? doc.cards.find((x) => x.id === next.traceCard)?.title
          : undefined;
    // A handout or trace is named after its team or card, so it never replaces the map's own export of that name.
    if (
      (patch.subject !== undefined && patch.subject !== settings.subject) ||
      patch.handoutTeam !== undefined ||
      patch.traceCard !== undefined
    )
      setPath(
        named
          ? handoutExportPath(mapPath, doc.meta.title, next, named)
          : defaultExportPath(mapPath, doc.meta.title, next),
      );
    else if (patch.format && patch.format !== settings.format)
      setPath((p) => withExtension(p, patch.format ?? settings.format));
    setSettings(next);
    if (state.kind !== 'running') reset();
  };

  const language = uiLanguage();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the summary's words follow the UI language
  const pdf = useMemo(() => (settings.format === 'pdf' ? pdfSummary(doc, settings) : null), [doc, settings, language]);
  const handoutTeam = settings.subject === 'handout' ? doc.teams.find((x) => x.id === settings.handoutTeam) : undefined;
  const traceCard = settings.subject === 'trace' ? doc.cards.find((x) => x.id === settings.traceCard) : undefined;
  const summary =
    settings.subject === 'trace' ? (
      traceCard ? (
        t('trace.summary', { card: traceCard.title })
      ) : (
        <span className="export-error">{t('trace.pickCard')}</span>
      )
    ) : settings.subject === 'handout' ? (
      handoutTeam ? (
        t('handout.summary', { team: handoutTeam.name })
      ) : (
        <span className="export-error">{t('handout.pickTeam')}</span>
      )
    ) : settings.format === 'pdf' ? (
      pdf?.ok ? (
        pdf.text
      ) : (
        <span className="export-error">{pdf?.message}</span>
      )
    ) : settings.format === 'png' ? (
      pngSummary(doc, settings.pngScale)
    ) : (
      t(OTHER_SUMMARY[settings.format])
    );

  /** The native Save dialog, starting from `from`; the path chosen (also put in the field), or null. */
  const browse = async (from = path): Promise<string | null> => {
    const ext = EXPORT_EXTENSION[settings.format].slice(1);
    const suggestedName = from.length <= 200 ? from : from.slice(folderOf(from).length);
    const r = await client['dialog/save']({
      suggestedName,
      filters: [{ name: t('fileType', { format: settings.format.toUpperCase() }), extensions: [ext] }],
    });
    if (!r.ok || !r.data.path) return null;
    setPath(r.data.path);
    return r.data.path;
  };

  const exportTo = async (target: string) => {
    saveSettings(mapPath, { ...settings, folder: folderOf(target) || null });
    const failure = await run(exportRequest(settings, target));
    // The desktop app writes only where its Save dialog pointed: a typed path is confirmed there first.
    if (failure === 'forbidden' && desktop) {
      reset();
      const chosen = await browse(target);
      if (chosen) await exportTo(chosen);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = path.trim();
    if (!target || running) return;
    void exportTo(target);
  };

  const blocked =
    settings.subject === 'handout'
      ? handoutTeam === undefined
      : settings.subject === 'trace'
        ? traceCard === undefined
        : settings.format === 'pdf' && pdf !== null && !pdf.ok;
  return (
    <Modal title={t('title')} onClose={running ? undefined : onClose} className="modal--wide export-dialog">
      <form className="export-layout" onSubmit={submit}>
        <fieldset className="export-layout__options" disabled={running}>
          <ExportOptions settings={settings} onChange={change} summary={summary} />
        </fieldset>
        <div className="export-layout__preview">
          {settings.subject !== 'map' ? (
            <p className="export-preview export-preview--none">
              {t(settings.subject === 'handout' ? 'handout.preview' : 'trace.preview')}
            </p>
          ) : settings.format === 'json' || settings.format === 'csv' ? (
            <p className="export-preview export-preview--none">
              {t('noPreview', { format: settings.format.toUpperCase() })}
            </p>
          ) : (
            <ExportPreview
              doc={doc}
              transparent={settings.format !== 'pdf' && settings.background === 'transparent'}
              plan={pdf?.ok ? pdf.plan : null}
            />
          )}
        </div>
        <div className="export-layout__footer">
          <label className="export-row export-row--path">
            <span className="export-label">{t('saveTo')}</span>
            <input
              className="export-input"
              value={path}
              spellCheck={false}
              disabled={running}
              onChange={(e) => setPath(e.target.value)}
            />
          </label>
          {desktop && (
            <button type="button" className="button" disabled={running} onClick={() => void browse()}>
              {t('choose')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={running || blocked || !path.trim()}>
            {t('export')}
          </button>
        </div>
        <div className="export-layout__status">
          <ExportStatus client={client} state={state} canReveal={desktop === true} onCancel={() => void cancel()} />
        </div>
      </form>
    </Modal>
  );
}
