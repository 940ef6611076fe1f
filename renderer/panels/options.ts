import { evidenceSchema } from '../../shared/schema/card';
import { type Team, teamKindSchema } from '../../shared/schema/team';
import { label } from '../../shared/vocabulary';

// Functions, not constants: the words are read when drawn, so a change of language shows at once.

/** Evidence statuses in the order the inspector offers them. */
export const evidenceOptions = () =>
  evidenceSchema.options.map((value) => ({
    value,
    label: label(`evidence.${value}`),
    title: `${label(`evidence.${value}`)}: ${label(`evidenceMeaning.${value}`)}`,
  }));

/** A team's kinds, for its drop-down. */
export const teamKindOptions = () =>
  teamKindSchema.options.map((value) => ({ value, label: label(`teamKind.${value}`) }));

/** The owner drop-down's choices: "No owner" and every team by name. */
export function ownerOptions(teams: readonly Team[]): { value: string; label: string }[] {
  return [
    { value: '', label: 'No owner' },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
  ];
}
