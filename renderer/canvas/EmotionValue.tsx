/** An emotion score on the −2…+2 scale, signed and tinted from red to green. */
export function EmotionValue({ value }: { value: number | null }) {
  if (value === null) return <span className="emotion emotion--none">No score</span>;
  const text = value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
  const tone = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return (
    <span className={`emotion emotion--${tone}`} title={`Emotion ${text} on a −2…+2 scale`}>
      {text}
    </span>
  );
}
