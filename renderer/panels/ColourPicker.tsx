import { CommitText } from '../ui/fields/CommitText';
import { TEAM_PALETTE, hexProblem } from './palette';

interface Props {
  teamName: string;
  color: string;
  onChange(color: string): void;
}

/** The ten team colours as swatches, and a field for any other #rrggbb. */
export function ColourPicker({ teamName, color, onChange }: Props) {
  return (
    <div className="colour-picker">
      <div className="colour-picker__swatches" role="radiogroup" aria-label={`Colour of ${teamName}`}>
        {TEAM_PALETTE.map((p) => (
          <button
            key={p.color}
            type="button"
            role="radio"
            aria-checked={p.color === color.toLowerCase()}
            aria-label={p.name}
            title={`${p.name} ${p.color}`}
            className="colour-picker__swatch"
            style={{ background: p.color }}
            onClick={() => onChange(p.color)}
          />
        ))}
      </div>
      <CommitText
        label="Custom colour"
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
