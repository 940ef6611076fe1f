import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { templateNameSchema } from '../../../shared/api/contract';
import { createFromTemplate } from '../../../shared/templates';
import { DEFAULT_LANGUAGE, LANGUAGES, languageSchema } from '../../../shared/vocabulary/language';
import { DocumentStore } from '../../services/documentStore';
import { stringOption, UsageError, type CommandSpec } from '../command';

const TEMPLATE_NAMES = templateNameSchema.options;

/** `tandem new FILE`: a new map from a template. Never overwrites. */
export const newCommand: CommandSpec = {
  name: 'new',
  usage: 'FILE [--template NAME] [--lang LANG] [--title TEXT]',
  summary: 'Create a new map file from a template.',
  positionals: { min: 1, max: 1, names: 'FILE' },
  options: [
    {
      name: 'template',
      type: 'string',
      short: 't',
      value: 'NAME',
      description: `Template: ${TEMPLATE_NAMES.join(', ')} (default blank).`,
    },
    {
      name: 'lang',
      type: 'string',
      value: 'LANG',
      description: `The map's language, for its stage and lane names, example text and exports: ${LANGUAGES.join(', ')} (default ${DEFAULT_LANGUAGE}).`,
    },
    { name: 'title', type: 'string', value: 'TEXT', description: "The map's title (default: the template's)." },
  ],
  async run({ positionals, values, io, cwd }) {
    const given = positionals[0] ?? '';
    const file = resolve(cwd, given);
    const parsed = templateNameSchema.safeParse(stringOption(values, 'template') ?? 'blank');
    if (!parsed.success)
      throw new UsageError(`unknown template "${String(values.template)}"; choose one of ${TEMPLATE_NAMES.join(', ')}`);
    const template = parsed.data;
    const lang = languageSchema.safeParse(stringOption(values, 'lang') ?? DEFAULT_LANGUAGE);
    if (!lang.success)
      throw new UsageError(`unknown language "${String(values.lang)}"; choose one of ${LANGUAGES.join(', ')}`);
    const language = lang.data;

    if (existsSync(file)) {
      io.err(`tandem: ${given} already exists; choose another name (tandem never overwrites a file)`);
      return 1;
    }
    const folder = dirname(file);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      io.err(`tandem: the folder ${folder} does not exist`);
      return 1;
    }
    // Written complete under a temporary name, then renamed: a kill never leaves half a map behind.
    const doc = createFromTemplate(template, stringOption(values, 'title'), new Date(), language);
    const store = DocumentStore.create(file, doc);
    store.close();
    // The output stays English for scripts; the language is named only when one was asked for.
    const speaking = values.lang === undefined ? '' : ` in ${language}`;
    io.out(`Created ${given} from the ${template} template${speaking}.`);
    return 0;
  },
};
