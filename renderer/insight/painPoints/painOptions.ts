import type { PainSide, PainStatus } from '../../../shared/schema/painPoint';

/** The three sides, with the short mark the badge and the register show. */
export const SIDE_OPTIONS: readonly { value: PainSide; label: string; mark: string; title: string }[] = [
  { value: 'customer', label: 'Customer', mark: 'C', title: 'The customer feels it' },
  { value: 'employee', label: 'Employee', mark: 'E', title: 'The employee feels it' },
  { value: 'both', label: 'Both', mark: 'C+E', title: 'Customer and employee both feel it' },
];

export const SIDE_LABEL: Record<PainSide, string> = { customer: 'Customer', employee: 'Employee', both: 'Both' };
export const SIDE_MARK: Record<PainSide, string> = { customer: 'C', employee: 'E', both: 'C+E' };

export const PAIN_STATUS_OPTIONS: readonly { value: PainStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'investigating', label: 'Investigating' },
  { value: 'addressed', label: 'Addressed' },
  { value: 'wont_fix', label: "Won't fix" },
];

export const ACTION_STATUS_OPTIONS = [
  { value: 'idea', label: 'Idea' },
  { value: 'planned', label: 'Planned' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
] as const;

/** 1–5 as the segmented buttons for severity, reach and effort. */
export const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }));

export const SEVERITY_WORDS = ['', 'minor', 'noticeable', 'serious', 'severe', 'critical'] as const;
export const REACH_WORDS = [
  '',
  'a few people',
  'some people',
  'many people',
  'most people',
  'nearly everyone',
] as const;
