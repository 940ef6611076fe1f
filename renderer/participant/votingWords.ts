import en from '../../shared/locales/en/voting.json';

type Key = keyof typeof en;

/**
 * The voting words of the participant page, read from the `voting` catalogue alone (the editor's i18n carries every
 * catalogue, too heavy for the page). English until the page's own language accessor reads them in the phone's
 * language; the keys are the same.
 */
export function votingWord(key: Key, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
