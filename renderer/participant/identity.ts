import { newId } from '../../shared/ids';

const CLIENT_KEY = 'tandem.workshop.clientId';
const NAME_KEY = 'tandem.workshop.name';
const TEAM_KEY = 'tandem.workshop.team';

/** Storage that may be missing (private mode, blocked cookies): the page then forgets across reloads, nothing worse. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The id this browser keeps for itself, so a reconnect or a reload comes back as the same participant. */
export function clientId(): string {
  const s = storage();
  const known = s?.getItem(CLIENT_KEY);
  if (known && /^[A-Za-z0-9_-]{8,64}$/.test(known)) return known;
  const fresh = `p${newId()}${newId()}`.slice(0, 40);
  s?.setItem(CLIENT_KEY, fresh);
  return fresh;
}

export function rememberedName(): { name: string; team: string } {
  const s = storage();
  return { name: s?.getItem(NAME_KEY) ?? '', team: s?.getItem(TEAM_KEY) ?? '' };
}

export function rememberName(name: string, team: string): void {
  const s = storage();
  s?.setItem(NAME_KEY, name);
  s?.setItem(TEAM_KEY, team);
}

/** A new id for one command, unique to this page. */
export function commandId(): string {
  return `c${newId()}`;
}
