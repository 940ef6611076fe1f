import { useEffect, useState } from 'react';
import { onAnnounce } from './announcer';

/**
 * The window's polite live region: it shows the latest announcement to screen readers only. The same words said
 * twice in a row (two cards added) are told apart by a count, so the second is read out too.
 */
export function LiveRegion() {
  const [said, setSaid] = useState({ text: '', n: 0 });
  useEffect(() => onAnnounce((text) => setSaid((s) => ({ text, n: s.n + 1 }))), []);
  return (
    <div className="a11y-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      <span key={said.n}>{said.text}</span>
    </div>
  );
}
