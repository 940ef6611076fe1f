/**
 * The one voice of the window for screen readers: any part of the app calls `announce` with words already in the
 * UI's language (a card added, moved, linked, a survey imported, an undo), and the one polite live region
 * (`LiveRegion`) reads them out. Politely: a screen reader finishes what it is saying first.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

/** Says `message` through the live region (nothing happens while none is mounted). */
export function announce(message: string): void {
  const text = message.trim();
  if (!text) return;
  for (const listen of listeners) listen(text);
}

/** Hears every announcement; returns a function that stops listening. */
export function onAnnounce(listen: Listener): () => void {
  listeners.add(listen);
  return () => {
    listeners.delete(listen);
  };
}
