/**
 * Full screen for presenting, through the page's own Fullscreen API rather than a host call: it works the same in
 * the browser host and in Electron (whose window follows the page; the session allows only this permission), it
 * needs the key press that asked for it, which F5 is, and Esc pressed to the browser itself leaves it, which the
 * presentation hears as `fullscreenchange` and leaves with it. Where it is refused (a menu click without a key
 * press, a browser that forbids it), the presentation runs in the window as it is.
 */
export function enterFullScreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen if the presentation entered it. */
export function leaveFullScreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}
