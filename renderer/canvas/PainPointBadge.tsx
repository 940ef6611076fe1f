/** The number of pain points hung on a card. */
export function PainPointBadge({ count }: { count: number }) {
  const words = `${count} pain point${count === 1 ? '' : 's'}`;
  return (
    <span className="pain-badge" title={words} aria-label={words}>
      <span aria-hidden="true">⚠</span> {count}
    </span>
  );
}
