import type { Evidence } from '../../shared/schema/card';
import { useCardT, useCardVocabulary } from '../insight/format/useLanguageNow';

const MARK: Record<Evidence, string> = { observed: '●', assumed: '◌', proposed: '✚' };

/** How sure the team is about a card, as a mark and a word (never colour alone), in the UI's language. */
export function EvidenceTag({ evidence }: { evidence: Evidence }) {
  const t = useCardT('canvas');
  const vocab = useCardVocabulary();
  const mark = MARK[evidence];
  const text = vocab(`evidence.${evidence}`);
  return (
    <span className={`evidence evidence--${evidence}`} title={t('evidence.title', { evidence: text.toLowerCase() })}>
      <span aria-hidden="true">{mark}</span> {text}
    </span>
  );
}
