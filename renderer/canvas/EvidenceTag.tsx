import type { Evidence } from '../../shared/schema/card';

const LABELS: Record<Evidence, { mark: string; text: string }> = {
  observed: { mark: '●', text: 'Observed' },
  assumed: { mark: '◌', text: 'Assumed' },
  proposed: { mark: '✚', text: 'Proposed' },
};

/** How sure the team is about a card, as a mark and a word (never colour alone). */
export function EvidenceTag({ evidence }: { evidence: Evidence }) {
  const { mark, text } = LABELS[evidence];
  return (
    <span className={`evidence evidence--${evidence}`} title={`Evidence: ${text.toLowerCase()}`}>
      <span aria-hidden="true">{mark}</span> {text}
    </span>
  );
}
