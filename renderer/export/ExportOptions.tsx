import type { ChangeEvent, ReactNode } from 'react';
import type { ExportFormat } from '../../shared/render/exportOptions';
import type { Paper } from '../../shared/render/tiling';
import { FORMATS, PAPERS, TILE_SCALES, type ExportSettings } from './exportSettings';

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

function PdfFields({ s, set }: { s: ExportSettings; set: Patch }) {
  const margin = (e: ChangeEvent<HTMLInputElement>) => {
    const v = Number(e.target.value);
    if (e.target.value !== '' && Number.isFinite(v)) set({ marginMm: Math.min(50, Math.max(0, v)) });
  };
  return (
    <>
      <Row label="Paper">
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
        legend="Orientation"
        value={s.orientation}
        onChange={(orientation) => set({ orientation })}
        options={[
          { value: 'landscape', label: 'Landscape' },
          { value: 'portrait', label: 'Portrait' },
        ]}
      />
      <Row label="Margins (mm)">
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
        legend="Layout"
        value={s.fit}
        onChange={(fit) => set({ fit })}
        options={[
          { value: 'page', label: 'Fit to one page' },
          { value: 'tiles', label: 'Tiles across pages' },
        ]}
      />
      {s.fit === 'tiles' && (
        <Row label="Tile scale">
          <select
            className="export-input"
            value={s.tileScale}
            onChange={(e) => set({ tileScale: Number(e.target.value) })}
          >
            {TILE_SCALES.map((v) => (
              <option key={v} value={v}>
                {Math.round(v * 100)}%{v === 1 ? ' (canvas size)' : ''}
              </option>
            ))}
          </select>
        </Row>
      )}
      <label className="export-check">
        <input type="checkbox" checked={s.appendix} onChange={(e) => set({ appendix: e.target.checked })} />
        <span>
          Appendix
          <span className="export-hint">legend, CX + EX scorecard, pain point register, actions with owners</span>
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
  const about = FORMATS.find((f) => f.format === s.format)?.what ?? '';
  return (
    <div className="export-options">
      <Choice<ExportFormat>
        name="format"
        legend="Format"
        value={s.format}
        onChange={(format) => set({ format })}
        options={FORMATS.map((f) => ({ value: f.format, label: f.label }))}
      />
      <p className="export-hint export-hint--format">{about}</p>
      {s.format === 'pdf' && <PdfFields s={s} set={set} />}
      {s.format === 'png' && (
        <Choice
          name="png-scale"
          legend="Resolution"
          value={s.pngScale}
          onChange={(pngScale) => set({ pngScale })}
          options={[
            { value: 1, label: '1×' },
            { value: 2, label: '2×' },
            { value: 3, label: '3×' },
          ]}
        />
      )}
      {(s.format === 'png' || s.format === 'svg') && (
        <Choice
          name="background"
          legend="Background"
          value={s.background}
          onChange={(background) => set({ background })}
          options={[
            { value: 'white', label: 'White' },
            { value: 'transparent', label: 'Transparent' },
          ]}
        />
      )}
      <div className="export-summary" aria-live="polite" data-testid="export-summary">
        {summary}
      </div>
    </div>
  );
}
