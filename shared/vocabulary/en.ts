/**
 * The English catalogue: every display name of a domain value, by key. Other languages are catalogues with the
 * same keys; a key ending in `_one` / `_other` is a count, chosen by the language's plural rules (as i18next does).
 */
export const en = {
  // Lane kinds: the kind's name (the lane header's small word, the export's kind line) …
  'laneKind.customer': 'Customer',
  'laneKind.touchpoint': 'Touchpoint',
  'laneKind.frontstage': 'Frontstage',
  'laneKind.backstage': 'Backstage',
  'laneKind.support': 'Support',
  'laneKind.employee': 'Employee',
  'laneKind.emotion': 'Emotion',
  'laneKind.metrics': 'Metrics',
  'laneKind.notes': 'Notes',
  // … what it holds, for the legend …
  'laneKindMeaning.customer': 'what the customer does',
  'laneKindMeaning.touchpoint': 'channels and physical evidence',
  'laneKindMeaning.frontstage': 'staff the customer sees',
  'laneKindMeaning.backstage': 'staff the customer does not see',
  'laneKindMeaning.support': 'support processes and systems',
  'laneKindMeaning.employee': "the employee's own journey",
  'laneKindMeaning.emotion': 'a curve from −2 to +2 (customer or employee)',
  'laneKindMeaning.metrics': 'scores per stage',
  'laneKindMeaning.notes': 'anything else',
  // … and the title a new lane of that kind starts with (a title, so plural where the lane holds many).
  'laneTitle.customer': 'Customer actions',
  'laneTitle.touchpoint': 'Touchpoints',
  'laneTitle.frontstage': 'Frontstage actions',
  'laneTitle.backstage': 'Backstage actions',
  'laneTitle.support': 'Support processes',
  'laneTitle.employee': 'Employee journey',
  'laneTitle.emotion.customer': 'Customer emotion',
  'laneTitle.emotion.employee': 'Employee emotion',
  'laneTitle.metrics': 'Metrics',
  'laneTitle.notes': 'Notes',

  // The side a lane is tinted for.
  'laneSide.customer': 'Customer side',
  'laneSide.organisation': 'Organisation side',
  'laneSide.neutral': 'Shared',

  // The three lines of a service blueprint, and what each separates.
  'blueprintLine.interaction': 'Line of interaction',
  'blueprintLine.visibility': 'Line of visibility',
  'blueprintLine.internal': 'Line of internal interaction',
  'blueprintLineMeaning.interaction': 'customer | organisation',
  'blueprintLineMeaning.visibility': 'seen | unseen by the customer',
  'blueprintLineMeaning.internal': 'staff | support systems',

  // Customer or employee: an emotion lane's, a metric's, a persona's, a survey respondent's side.
  'side.customer': 'Customer',
  'side.employee': 'Employee',

  // Whose pain a pain point is.
  'painSide.customer': 'Customer',
  'painSide.employee': 'Employee',
  'painSide.both': 'Both',
  'painSideMark.customer': 'C',
  'painSideMark.employee': 'E',
  'painSideMark.both': 'C+E',
  'painSideMeaning.customer': 'The customer feels it',
  'painSideMeaning.employee': 'The employee feels it',
  'painSideMeaning.both': 'Customer and employee both feel it',

  'painStatus.open': 'Open',
  'painStatus.investigating': 'Investigating',
  'painStatus.addressed': 'Addressed',
  'painStatus.wont_fix': "Won't fix",

  // Severity and reach run 1–5.
  'severity.1': 'minor',
  'severity.2': 'noticeable',
  'severity.3': 'serious',
  'severity.4': 'severe',
  'severity.5': 'critical',
  'reach.1': 'a few people',
  'reach.2': 'some people',
  'reach.3': 'many people',
  'reach.4': 'most people',
  'reach.5': 'nearly everyone',

  'actionStatus.idea': 'Idea',
  'actionStatus.planned': 'Planned',
  'actionStatus.in_progress': 'In progress',
  'actionStatus.done': 'Done',
  'actionStatus.dropped': 'Dropped',

  'evidence.observed': 'Observed',
  'evidence.assumed': 'Assumed',
  'evidence.proposed': 'Proposed',
  'evidenceMeaning.observed': 'seen or measured (interviews, data, observation)',
  'evidenceMeaning.assumed': 'believed but not yet checked',
  'evidenceMeaning.proposed': 'a future step that does not exist yet',

  'linkKind.flow': 'Flow',
  'linkKind.support': 'Support',
  'linkKind.handoff': 'Handoff',
  'linkKindMeaning.flow': 'one step leads to the next',
  'linkKindMeaning.support': 'a step below the line enables one above it',
  'linkKindMeaning.handoff': 'work passes between teams',

  'metricKind.nps': 'NPS',
  'metricKind.enps': 'eNPS',
  'metricKind.csat': 'CSAT',
  'metricKind.ces': 'CES',
  'metricKind.yes_share': 'Yes-share',
  'metricKind.custom': 'Custom',
  'metricKindMeaning.nps': '% 9–10 minus % 0–6 (points)',
  'metricKindMeaning.enps': 'NPS on the employee question',
  'metricKindMeaning.csat': '% of 4–5 answers',
  'metricKindMeaning.ces': 'mean on 1–7, higher = easier',
  'metricKindMeaning.yes_share': '% of yes answers',
  'metricKindMeaning.custom': 'typed in by hand',

  'teamKind.frontline': 'Frontline',
  'teamKind.back_office': 'Back office',
  'teamKind.support': 'Support',

  // Counts.
  'count.painPoint_one': '{{count}} pain point',
  'count.painPoint_other': '{{count}} pain points',

  // The columns of the pain point register and the action list (CSV and print).
  'registerColumn.rank': 'Rank',
  'registerColumn.priority': 'Priority',
  'registerColumn.painPoint': 'Pain point',
  'registerColumn.card': 'Card',
  'registerColumn.stage': 'Stage',
  'registerColumn.lane': 'Lane',
  'registerColumn.side': 'Side',
  'registerColumn.severity': 'Severity',
  'registerColumn.reach': 'Reach',
  'registerColumn.votes': 'Votes',
  'registerColumn.status': 'Status',
  'registerColumn.team': 'Team',
  'registerColumn.evidence': 'Evidence',
  'registerColumn.actions': 'Actions',
  'actionColumn.action': 'Action',
  'actionColumn.ownerTeam': 'Owner team',
  'actionColumn.effort': 'Effort (1-5)',
  'actionColumn.status': 'Status',
  'actionColumn.topPriority': 'Top priority answered',
  'actionColumn.painPoints': 'Pain points answered',
  'actionColumn.stages': 'Stages',
} as const satisfies Record<string, string>;

/** A key of the English catalogue, exactly as stored (count keys with their `_one` / `_other` ending). */
export type CatalogueKey = keyof typeof en;
