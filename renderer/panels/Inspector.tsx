import { useMemo } from 'react';
import type { Card } from '../../shared/schema/card';
import { useEditor } from '../store/useEditor';
import { CardInspector } from './CardInspector';
import { MapInspector } from './MapInspector';
import { MultiInspector } from './MultiInspector';
import { CardNotes } from './notes/CardNotes';

/** The inspector tab: the selected card, several selected cards, or the map itself when nothing is selected. */
export function Inspector() {
  const selection = useEditor((s) => s.selection);
  const cards = useEditor((s) => s.doc.cards);
  const picked = useMemo(() => {
    if (selection.length === 0) return [];
    const wanted = new Set(selection);
    return cards.filter((c) => wanted.has(c.id));
  }, [selection, cards]);
  const only: Card | undefined = picked.length === 1 ? picked[0] : undefined;
  // Keyed by card, so a half-typed draft never carries over to the next card selected.
  if (only)
    return (
      <>
        <CardInspector key={only.id} card={only} />
        <CardNotes key={`notes-${only.id}`} card={only} />
      </>
    );
  if (picked.length > 1) return <MultiInspector cards={picked} />;
  return <MapInspector />;
}
