import { useCardT } from '../insight/format/useLanguageNow';

/** An emotion score on the −2…+2 scale, signed and tinted from red to green. */
export function EmotionValue({ value }: { value: number | null }) {
  const t = useCardT('canvas');
  if (value === null) return <span className="emotion emotion--none">{t('emotion.noScore')}</span>;
  const text = value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
  const tone = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return (
    <span className={`emotion emotion--${tone}`} title={t('emotion.valueTitle', { value: text })}>
      {text}
    </span>
  );
}
