import { evidenceSchema } from '../../shared/schema/card';
import { type Team, teamKindSchema } from '../../shared/schema/team';
import { label } from '../../shared/vocabulary';

// Built once; each word is a getter, read when drawn, so a change of language still shows at once (as LANE_CHOICES).

/** Evidence statuses in the order the inspector offers them. */
export const EVIDENCE_OPTIONS = evidenceSchema.options.map((value) => ({
  value,
  get label() {
    return label(`evidence.${value}`);
  },
  get title() {
    return `${label(`evidence.${value}`)}: ${label(`evidenceMeaning.${value}`)}`;
  },
}));

/** A team's kinds, for its drop-down. */
export const TEAM_KIND_OPTIONS = teamKindSchema.options.map((value) => ({
  value,
  get label() {
    return label(`teamKind.${value}`);
  },
}));

/** The owner drop-down's choices: "No owner" and every team by name. */
export function ownerOptions(teams: readonly Team[]): { value: string; label: string }[] {
  return [
    { value: '', label: 'No owner' },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
  ];
}
