import type { Evidence } from '../../shared/schema/card';
import { label } from '../../shared/vocabulary';

const MARK: Record<Evidence, string> = { observed: '●', assumed: '◌', proposed: '✚' };

/** How sure the team is about a card, as a mark and a word (never colour alone). */
export function EvidenceTag({ evidence }: { evidence: Evidence }) {
  const mark = MARK[evidence];
  const text = label(`evidence.${evidence}`);
  return (
    <span className={`evidence evidence--${evidence}`} title={`Evidence: ${text.toLowerCase()}`}>
      <span aria-hidden="true">{mark}</span> {text}
    </span>
  );
}
