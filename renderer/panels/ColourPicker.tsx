import { useId } from 'react';
import { CommitText } from '../ui/fields/CommitText';
import { TEAM_PALETTE, hexProblem } from './palette';
import { useT } from '../i18n';

interface Props {
  teamName: string;
  color: string;
  onChange(color: string): void;
}

/** The ten team colours as swatches, and a field for any other #rrggbb. */
export function ColourPicker({ teamName, color, onChange }: Props) {
  const t = useT('panels');
  const name = useId();
  return (
    <div className="colour-picker">
      <div className="colour-picker__swatches" role="radiogroup" aria-label={t('colour.of', { team: teamName })}>
        {TEAM_PALETTE.map((p) => (
          // A native radio inside each swatch, so screen readers and the arrow keys treat the palette as one choice.
          <label
            key={p.color}
            title={`${p.name} ${p.color}`}
            className="colour-picker__swatch"
            style={{ background: p.color }}
          >
            <input
              type="radio"
              className="colour-picker__input"
              name={name}
              checked={p.color === color.toLowerCase()}
              aria-checked={p.color === color.toLowerCase()}
              aria-label={p.name}
              onChange={() => onChange(p.color)}
            />
          </label>
        ))}
      </div>
      <CommitText
        label={t('colour.custom')}
        value={color}
        validate={hexProblem}
        onCommit={(hex) => {
          onChange(hex.trim().toLowerCase());
          return null;
        }}
      />
    </div>
  );
}
