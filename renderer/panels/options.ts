import type { Evidence } from '../../shared/schema/card';
import type { Team } from '../../shared/schema/team';

/** Evidence statuses in the order the inspector offers them. */
export const EVIDENCE_OPTIONS: readonly { value: Evidence; label: string; title: string }[] = [
  { value: 'observed', label: 'Observed', title: 'Seen or measured: interviews, data, observation' },
  { value: 'assumed', label: 'Assumed', title: 'Believed but not yet checked' },
  { value: 'proposed', label: 'Proposed', title: 'A future step that does not exist yet' },
];

/** Words for a team's kind. */
export const TEAM_KIND_LABEL: Record<Team['kind'], string> = {
  frontline: 'Frontline',
  back_office: 'Back office',
  support: 'Support',
};

/** The owner drop-down's choices: "No owner" and every team by name. */
export function ownerOptions(teams: readonly Team[]): { value: string; label: string }[] {
  return [
    { value: '', label: 'No owner' },
    ...[...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
  ];
}
