import { evidenceSchema } from '../../shared/schema/card';
import { type Team, teamKindSchema } from '../../shared/schema/team';
import { english, label, type Translate } from '../../shared/vocabulary';

// Functions, not constants: the words are read when drawn, so a change of language shows at once.

/** Evidence statuses in the order the inspector offers them, named in `t`'s language (the UI's, from `useVocabulary`). */
export const evidenceOptions = (t: Translate = english) =>
  evidenceSchema.options.map((value) => ({
    value,
    label: label(`evidence.${value}`, { t }),
    title: `${label(`evidence.${value}`, { t })}: ${label(`evidenceMeaning.${value}`, { t })}`,
  }));

/** A team's kinds, for its drop-down. */
export const teamKindOptions = (t: Translate = english) =>
  teamKindSchema.options.map((value) => ({ value, label: label(`teamKind.${value}`, { t }) }));

/** The owner drop-down's choices: "No owner" and every team by name. */
export function ownerOptions(teams: readonly Team[], noOwner: string): { value: string; label: string }[] {
  return [
    { value: '', label: noOwner },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
  ];
}
