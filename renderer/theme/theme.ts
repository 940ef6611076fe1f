import { PALETTES, type ThemeName } from '../../shared/theme/palette';
import type { ThemeChoice } from '../../shared/theme/themeChoice';

/** The media queries that say what the operating system asks for. */
const QUERIES = {
  forced: '(forced-colors: active)',
  more: '(prefers-contrast: more)',
  dark: '(prefers-color-scheme: dark)',
} as const;

type Matcher = (query: string) => boolean;

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/**
 * The theme the operating system asks for: high contrast when it forces its own colours or asks for more
 * contrast, else dark or light as its colour scheme says.
 */
export function systemTheme(match: Matcher = matches): ThemeName {
  if (match(QUERIES.forced) || match(QUERIES.more)) return 'contrast';
  return match(QUERIES.dark) ? 'dark' : 'light';
}

/** The theme a choice shows now. */
export function resolveTheme(choice: ThemeChoice, match: Matcher = matches): ThemeName {
  return choice === 'system' ? systemTheme(match) : choice;
}

let choice: ThemeChoice = 'system';
let shown: ThemeName = 'light';
const listeners = new Set<() => void>();
let watching = false;

/** Paints the page in a theme: every colour token as a custom property on <html>, and its colour scheme. */
function paint(theme: ThemeName, root: HTMLElement): void {
  for (const [name, colour] of Object.entries(PALETTES[theme])) root.style.setProperty(name, colour);
  root.dataset.theme = theme;
  // Native controls (scrollbars, date fields, the select's list) follow the page.
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  shown = theme;
}

function followSystem(): void {
  if (choice === 'system') paint(systemTheme(), document.documentElement);
  for (const listener of listeners) listener();
}

/**
 * Shows the UI in the chosen theme at once. With `system` it follows the operating system, also when the user
 * changes it there while Tandem is open.
 */
export function showTheme(next: ThemeChoice): void {
  choice = next;
  paint(resolveTheme(next), document.documentElement);
  if (!watching && typeof window.matchMedia === 'function') {
    watching = true;
    for (const query of Object.values(QUERIES)) window.matchMedia(query).addEventListener('change', followSystem);
  }
  for (const listener of listeners) listener();
}

/** The user's choice in effect (`system` included). */
export function themeChoice(): ThemeChoice {
  return choice;
}

/** The theme on screen now. */
export function shownTheme(): ThemeName {
  return shown;
}

/** Calls `listener` whenever the theme on screen may have changed; returns the unsubscribe. */
export function onThemeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
