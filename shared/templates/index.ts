import { defaultPairings, emptyDocument, standardMetrics } from '../factories';
import { canonicalDocument } from '../commands/collection';
import type { TandemDoc } from '../schema/document';
import type { TemplateName } from '../api/contract';
import { LINKED_LANES, lanesFrom, stagesNamed } from './build';
import { buildSampleMap } from './sample';

/** What the start screen and `tandem new --template` offer. */
export const TEMPLATES: { name: TemplateName; title: string; description: string }[] = [
  { name: 'blank', title: 'Blank map', description: 'Three stages and a customer lane to start from.' },
  {
    name: 'service-blueprint',
    title: 'Service blueprint',
    description: 'Touchpoints, customer actions, frontstage, backstage and support, with the three blueprint lines.',
  },
  {
    name: 'linked-cx-ex',
    title: 'Linked CX–EX map',
    description:
      'Customer journey, employee journey and the blueprint between them, both emotion curves and a metrics lane.',
  },
  {
    name: 'employee-journey',
    title: 'Employee journey',
    description: 'An employee’s journey from joining to leaving, with tools and support.',
  },
  {
    name: 'sample',
    title: 'Sample: retail checkout',
    description: 'A store where a new point-of-sale system slows staff and customers wait.',
  },
];

/** A new document from a template; `title` replaces the template's own title. */
export function createFromTemplate(name: TemplateName, title?: string, now = new Date()): TandemDoc {
  const doc = build(name, now);
  if (title !== undefined && title.trim() !== '') doc.meta = { ...doc.meta, title: title.trim() };
  return canonicalDocument(doc);
}

function build(name: TemplateName, now: Date): TandemDoc {
  switch (name) {
    case 'blank': {
      const doc = emptyDocument('Untitled map', now);
      doc.stages = stagesNamed(['Stage 1', 'Stage 2', 'Stage 3']);
      doc.lanes = lanesFrom([['customer', 'Customer actions']]);
      return doc;
    }
    case 'service-blueprint': {
      const doc = emptyDocument('Service blueprint', now);
      doc.stages = stagesNamed(['Aware', 'Join', 'Use', 'Get help', 'Leave']);
      doc.lanes = lanesFrom([
        ['touchpoint', 'Physical evidence / touchpoints'],
        ['customer', 'Customer actions'],
        ['frontstage', 'Frontstage actions'],
        ['backstage', 'Backstage actions'],
        ['support', 'Support processes'],
      ]);
      return doc;
    }
    case 'linked-cx-ex': {
      const doc = emptyDocument('Linked CX–EX map', now);
      doc.stages = stagesNamed(['Discover', 'Choose', 'Buy', 'Use', 'Get help']);
      doc.lanes = lanesFrom(LINKED_LANES);
      doc.metrics = standardMetrics();
      doc.pairings = defaultPairings();
      return doc;
    }
    case 'employee-journey': {
      const doc = emptyDocument('Employee journey', now);
      doc.stages = stagesNamed(['Attract', 'Onboard', 'Do the work', 'Grow', 'Leave']);
      doc.lanes = lanesFrom([
        ['employee', 'Employee actions'],
        ['touchpoint', 'Tools and channels', 'employee'],
        ['backstage', 'Managers and HR'],
        ['support', 'Systems and policies'],
        ['emotion', 'Employee emotion', 'employee'],
        ['notes', 'Notes'],
      ]);
      doc.metrics = standardMetrics().filter((m) => m.side === 'employee');
      return doc;
    }
    case 'sample':
      return buildSampleMap(now);
  }
}
