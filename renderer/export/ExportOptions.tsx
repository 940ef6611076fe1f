import type { ChangeEvent, ReactNode } from 'react';
import type { ExportFormat } from '../../shared/render/exportOptions';
import type { Paper } from '../../shared/render/tiling';
import { FORMATS, HANDOUT_FORMATS, PAGES_WIDE, PAPERS, TILE_SCALES, type ExportSettings } from './exportSettings';
import { HandoutFields } from './HandoutFields';
import { TraceFields } from './TraceFields';
import { LOCALE_TAG } from '../../shared/vocabulary/language';
import { uiLanguage, useT } from '../i18n';

type Patch = (patch: Partial<ExportSettings>) => void;

function Choice<T extends string | number>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend className="export-label">{legend}</legend>
      <div className="export-choice__options">
        {options.map((o) => (
          <label key={String(o.value)} className={`export-pill${o.value === value ? ' export-pill--on' : ''}`}>
            <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: every Row is given exactly one form control as its children
    <label className="export-row">
      <span className="export-label">{label}</span>
      {children}
    </label>
  );
}

/** A share as the UI language writes it ("50 %" in Polish and Russian, "50%" in English). */
const percent = (v: number) => new Intl.NumberFormat(LOCALE_TAG[uiLanguage()], { style: 'percent' }).format(v);

function PdfFields({ s, set }: { s: ExportSettings; set: Patch }) {
  const t = useT('exportDialog');
  const margin = (e: ChangeEvent<HTMLInputElement>) => {
    const v = Number(e.target.value);
    if (e.target.value !== '' && Number.isFinite(v)) set({ marginMm: Math.min(50, Math.max(0, v)) });
  };
  return (
    <>
      <Row label={t('paper')}>
        <select className="export-input" value={s.paper} onChange={(e) => set({ paper: e.target.value as Paper })}>
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </Row>
      <Choice
        name="orientation"
        legend={t('orientation')}
        value={s.orientation}
        onChange={(orientation) => set({ orientation })}
        options={[
          { value: 'landscape', label: t('orientation.landscape') },
          { value: 'portrait', label: t('orientation.portrait') },
        ]}
      />
      <Row label={t('margins')}>
        <input
          className="export-input export-input--short"
          type="number"
          min={0}
          max={50}
          step={1}
          value={s.marginMm}
          onChange={margin}
        />
      </Row>
      <Choice
        name="fit"
        legend={t('layout')}
        value={s.fit}
        onChange={(fit) => set({ fit })}
        options={[
          { value: 'page', label: t('layout.page') },
          { value: 'tiles', label: t('layout.tiles') },
        ]}
      />
      {s.fit === 'tiles' && (
        <Row label={t('tileScale')}>
          <select
            className="export-input"
            value={s.pagesWide === null ? `scale:${s.tileScale}` : `wide:${s.pagesWide}`}
            onChange={(e) => {
              const [kind, n] = e.target.value.split(':');
              set(kind === 'wide' ? { pagesWide: Number(n) } : { tileScale: Number(n), pagesWide: null });
            }}
          >
            <optgroup label={t('tileScale.group')}>
              {TILE_SCALES.map((v) => (
                <option key={v} value={`scale:${v}`}>
                  {v === 1 ? t('tileScale.canvas', { percent: percent(v) }) : percent(v)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('pagesWide.group')}>
              {PAGES_WIDE.map((n) => (
                <option key={n} value={`wide:${n}`}>
                  {t('pagesWide.option', { count: n })}
                </option>
              ))}
            </optgroup>
          </select>
        </Row>
      )}
      <label className="export-check">
        <input type="checkbox" checked={s.appendix} onChange={(e) => set({ appendix: e.target.checked })} />
        <span>
          {t('appendix')}
          <span className="export-hint">{t('appendix.hint')}</span>
        </span>
      </label>
    </>
  );
}

/** The format choice and, below it, the options of the chosen format. */
export function ExportOptions({
  settings: s,
  onChange: set,
  summary,
}: {
  settings: ExportSettings;
  onChange: Patch;
  summary: ReactNode;
}) {
  const t = useT('exportDialog');
  const about = t(`format.${s.format}.what`);
  // A handout or a trace is one page: PDF or PNG, no paper or layout to choose.
  const handout = s.subject !== 'map';
  return (
    <div className="export-options">
      <Choice
        name="subject"
        legend={t('subject')}
        value={s.subject}
        onChange={(subject) =>
          set(subject !== 'map' && !HANDOUT_FORMATS.includes(s.format) ? { subject, format: 'pdf' } : { subject })
        }
        options={[
          { value: 'map', label: t('subject.map') },
          { value: 'handout', label: t('subject.handout') },
          { value: 'trace', label: t('subject.trace') },
        ]}
      />
      {s.subject === 'handout' && <HandoutFields settings={s} onChange={set} />}
      {s.subject === 'trace' && <TraceFields settings={s} onChange={set} />}
      <Choice<ExportFormat>
        name="format"
        legend={t('format')}
        value={s.format}
        onChange={(format) => set({ format })}
        options={FORMATS.filter((f) => !handout || HANDOUT_FORMATS.includes(f.format)).map((f) => ({
          value: f.format,
          label: f.label,
        }))}
      />
      <p className="export-hint export-hint--format">{about}</p>
      {s.format === 'pdf' && !handout && <PdfFields s={s} set={set} />}
      {s.format === 'png' && (
        <Choice
          name="png-scale"
          legend={t('resolution')}
          value={s.pngScale}
          onChange={(pngScale) => set({ pngScale })}
          options={[
            { value: 1, label: '1×' },
            { value: 2, label: '2×' },
            { value: 3, label: '3×' },
          ]}
        />
      )}
      {(s.format === 'png' || s.format === 'svg') && !handout && (
        <Choice
          name="background"
          legend={t('background')}
          value={s.background}
          onChange={(background) => set({ background })}
          options={[
            { value: 'white', label: t('background.white') },
            { value: 'transparent', label: t('background.transparent') },
          ]}
        />
      )}
      <div className="export-summary" aria-live="polite" data-testid="export-summary">
        {summary}
      </div>
    </div>
  );
}
