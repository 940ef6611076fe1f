import { emptyDocument, standardMetrics } from '../factories';
import { canonicalDocument } from '../commands/collection';
import type { TandemDoc } from '../schema/document';
import type { TemplateName } from '../api/contract';
import { DEFAULT_LANGUAGE, type Language } from '../vocabulary/language';
import { lanesFrom, linkedLanes, pairingsIn, stagesNamed } from './build';
import { buildSampleMap } from './sample';
import { type TemplateWords, templateWords } from './words';

export { type TemplateKey, templateWords } from './words';

/** What the start screen and `tandem new --template` offer, in order. */
export const TEMPLATE_NAMES: readonly TemplateName[] = [
  'blank',
  'service-blueprint',
  'linked-cx-ex',
  'employee-journey',
  'sample',
];

/** One template as the start screen lists it: its name, and its title and description in one language. */
export interface TemplateInfo {
  name: TemplateName;
  title: string;
  description: string;
}

/** The templates with their titles and descriptions in `language`. */
export function templatesIn(language: Language): TemplateInfo[] {
  const words = templateWords(language);
  return TEMPLATE_NAMES.map((name) => ({
    name,
    title: words(`template.${name}.name`),
    description: words(`template.${name}.description`),
  }));
}

/** The templates in English (the command line's words, and the default of `templates/list`). */
export const TEMPLATES: TemplateInfo[] = templatesIn(DEFAULT_LANGUAGE);

/**
 * A new document from a template, its stage names, lane titles and example text in `language`, which it records as
 * the map's own; `title` replaces the template's own title.
 */
export function createFromTemplate(
  name: TemplateName,
  title?: string,
  now = new Date(),
  language: Language = DEFAULT_LANGUAGE,
): TandemDoc {
  const doc = build(name, now, templateWords(language));
  doc.meta = { ...doc.meta, language };
  if (title !== undefined && title.trim() !== '') doc.meta = { ...doc.meta, title: title.trim() };
  return canonicalDocument(doc);
}

function build(name: TemplateName, now: Date, w: TemplateWords): TandemDoc {
  switch (name) {
    case 'blank': {
      const doc = emptyDocument(w('blank.title'), now);
      doc.stages = stagesNamed([1, 2, 3].map((number) => w('blank.stage', { number })));
      doc.lanes = lanesFrom([['customer', w('blank.lane.customer')]]);
      return doc;
    }
    case 'service-blueprint': {
      const doc = emptyDocument(w('blueprint.title'), now);
      doc.stages = stagesNamed([
        w('blueprint.stage.aware'),
        w('blueprint.stage.join'),
        w('blueprint.stage.use'),
        w('blueprint.stage.help'),
        w('blueprint.stage.leave'),
      ]);
      doc.lanes = lanesFrom([
        ['touchpoint', w('blueprint.lane.touchpoint')],
        ['customer', w('blueprint.lane.customer')],
        ['frontstage', w('blueprint.lane.frontstage')],
        ['backstage', w('blueprint.lane.backstage')],
        ['support', w('blueprint.lane.support')],
      ]);
      return doc;
    }
    case 'linked-cx-ex': {
      const doc = emptyDocument(w('linked.title'), now);
      doc.stages = stagesNamed([
        w('linked.stage.discover'),
        w('linked.stage.choose'),
        w('linked.stage.buy'),
        w('linked.stage.use'),
        w('linked.stage.help'),
      ]);
      doc.lanes = lanesFrom(linkedLanes(w));
      doc.metrics = standardMetrics();
      doc.pairings = pairingsIn(w);
      return doc;
    }
    case 'employee-journey': {
      const doc = emptyDocument(w('employee.title'), now);
      doc.stages = stagesNamed([
        w('employee.stage.attract'),
        w('employee.stage.onboard'),
        w('employee.stage.work'),
        w('employee.stage.grow'),
        w('employee.stage.leave'),
      ]);
      doc.lanes = lanesFrom([
        ['employee', w('employee.lane.employee')],
        ['touchpoint', w('employee.lane.tools'), 'employee'],
        ['backstage', w('employee.lane.managers')],
        ['support', w('employee.lane.systems')],
        ['emotion', w('employee.lane.emotion'), 'employee'],
        ['notes', w('employee.lane.notes')],
      ]);
      doc.metrics = standardMetrics().filter((m) => m.side === 'employee');
      return doc;
    }
    case 'sample':
      return buildSampleMap(now, w);
  }
}
