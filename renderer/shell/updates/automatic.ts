/**
 * Whether the user has the automatic update check on (settings.json, off unless turned on). Read at start with
 * the other settings and kept here for Help › Check for updates automatically, whose tick shows it.
 */
let automatic = false;

export const automaticUpdates = (): boolean => automatic;

export function rememberAutomaticUpdates(on: boolean): void {
  automatic = on;
}
