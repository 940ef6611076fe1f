import enVocabulary from '../locales/en/vocabulary.json';
import enExport from '../locales/en/export.json';
import enActions from '../locales/en/actions.json';
import enApp from '../locales/en/app.json';
import enPanels from '../locales/en/panels.json';
import enCanvas from '../locales/en/canvas.json';
import enInsight from '../locales/en/insight.json';
import enExportDialog from '../locales/en/exportDialog.json';
import enKeyboard from '../locales/en/keyboard.json';
import enWorkshop from '../locales/en/workshop.json';
import enVoting from '../locales/en/voting.json';
import enDesktop from '../locales/en/desktop.json';
import enTemplates from '../locales/en/templates.json';
import enMaps from '../locales/en/maps.json';
import enEvidence from '../locales/en/evidence.json';
import enPresent from '../locales/en/present.json';
import enFacilitation from '../locales/en/facilitation.json';
import enPromises from '../locales/en/promises.json';
import ruVocabulary from '../locales/ru/vocabulary.json';
import ruExport from '../locales/ru/export.json';
import ruActions from '../locales/ru/actions.json';
import ruApp from '../locales/ru/app.json';
import ruPanels from '../locales/ru/panels.json';
import ruCanvas from '../locales/ru/canvas.json';
import ruInsight from '../locales/ru/insight.json';
import ruExportDialog from '../locales/ru/exportDialog.json';
import ruKeyboard from '../locales/ru/keyboard.json';
import ruWorkshop from '../locales/ru/workshop.json';
import ruVoting from '../locales/ru/voting.json';
import ruDesktop from '../locales/ru/desktop.json';
import ruTemplates from '../locales/ru/templates.json';
import ruMaps from '../locales/ru/maps.json';
import ruEvidence from '../locales/ru/evidence.json';
import ruPresent from '../locales/ru/present.json';
import ruFacilitation from '../locales/ru/facilitation.json';
import ruPromises from '../locales/ru/promises.json';
import ukVocabulary from '../locales/uk/vocabulary.json';
import ukExport from '../locales/uk/export.json';
import ukActions from '../locales/uk/actions.json';
import ukApp from '../locales/uk/app.json';
import ukPanels from '../locales/uk/panels.json';
import ukCanvas from '../locales/uk/canvas.json';
import ukInsight from '../locales/uk/insight.json';
import ukExportDialog from '../locales/uk/exportDialog.json';
import ukKeyboard from '../locales/uk/keyboard.json';
import ukWorkshop from '../locales/uk/workshop.json';
import ukVoting from '../locales/uk/voting.json';
import ukDesktop from '../locales/uk/desktop.json';
import ukTemplates from '../locales/uk/templates.json';
import ukMaps from '../locales/uk/maps.json';
import ukEvidence from '../locales/uk/evidence.json';
import ukPresent from '../locales/uk/present.json';
import ukFacilitation from '../locales/uk/facilitation.json';
import ukPromises from '../locales/uk/promises.json';
import plVocabulary from '../locales/pl/vocabulary.json';
import plExport from '../locales/pl/export.json';
import plActions from '../locales/pl/actions.json';
import plApp from '../locales/pl/app.json';
import plPanels from '../locales/pl/panels.json';
import plCanvas from '../locales/pl/canvas.json';
import plInsight from '../locales/pl/insight.json';
import plExportDialog from '../locales/pl/exportDialog.json';
import plKeyboard from '../locales/pl/keyboard.json';
import plWorkshop from '../locales/pl/workshop.json';
import plVoting from '../locales/pl/voting.json';
import plDesktop from '../locales/pl/desktop.json';
import plTemplates from '../locales/pl/templates.json';
import plMaps from '../locales/pl/maps.json';
import plEvidence from '../locales/pl/evidence.json';
import plPresent from '../locales/pl/present.json';
import plFacilitation from '../locales/pl/facilitation.json';
import plPromises from '../locales/pl/promises.json';
import zhVocabulary from '../locales/zh/vocabulary.json';
import zhExport from '../locales/zh/export.json';
import zhActions from '../locales/zh/actions.json';
import zhApp from '../locales/zh/app.json';
import zhPanels from '../locales/zh/panels.json';
import zhCanvas from '../locales/zh/canvas.json';
import zhInsight from '../locales/zh/insight.json';
import zhExportDialog from '../locales/zh/exportDialog.json';
import zhKeyboard from '../locales/zh/keyboard.json';
import zhWorkshop from '../locales/zh/workshop.json';
import zhVoting from '../locales/zh/voting.json';
import zhDesktop from '../locales/zh/desktop.json';
import zhTemplates from '../locales/zh/templates.json';
import zhMaps from '../locales/zh/maps.json';
import zhEvidence from '../locales/zh/evidence.json';
import zhPresent from '../locales/zh/present.json';
import zhFacilitation from '../locales/zh/facilitation.json';
import zhPromises from '../locales/zh/promises.json';
import type { Language } from './language';

/**
 * The namespaces a language's catalogue is split into: one JSON file each in `shared/locales/<language>/`.
 * `vocabulary` names the domain's values and `export` holds the exports' own words (both read by the exports and the
 * UI); the rest are the UI's words, one namespace per part of the app, so each part's words sit together.
 */
export const NAMESPACES = [
  'vocabulary',
  'export',
  'actions',
  'app',
  'panels',
  'canvas',
  'insight',
  'exportDialog',
  'keyboard',
  'workshop',
  'voting',
  'desktop',
  'templates',
  'maps',
  'evidence',
  'present',
  'facilitation',
  'promises',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A catalogue: key → text, with `{{placeholders}}` and plural endings as i18next reads them. */
export type Catalogue = Readonly<Record<string, string>>;

/** The English catalogues with their literal keys: the source every other language is checked against, and the type of `t`'s keys. */
export const ENGLISH = {
  vocabulary: enVocabulary,
  export: enExport,
  actions: enActions,
  app: enApp,
  panels: enPanels,
  canvas: enCanvas,
  insight: enInsight,
  exportDialog: enExportDialog,
  keyboard: enKeyboard,
  workshop: enWorkshop,
  voting: enVoting,
  desktop: enDesktop,
  templates: enTemplates,
  maps: enMaps,
  evidence: enEvidence,
  present: enPresent,
  facilitation: enFacilitation,
  promises: enPromises,
} as const satisfies Record<Namespace, Catalogue>;

/** Every catalogue of every language, by language and namespace (i18next's `resources`). */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<Namespace, Catalogue>>>> = {
  en: ENGLISH,
  ru: {
    vocabulary: ruVocabulary,
    export: ruExport,
    actions: ruActions,
    app: ruApp,
    panels: ruPanels,
    canvas: ruCanvas,
    insight: ruInsight,
    exportDialog: ruExportDialog,
    keyboard: ruKeyboard,
    workshop: ruWorkshop,
    voting: ruVoting,
    desktop: ruDesktop,
    templates: ruTemplates,
    maps: ruMaps,
    evidence: ruEvidence,
    present: ruPresent,
    facilitation: ruFacilitation,
    promises: ruPromises,
  },
  uk: {
    vocabulary: ukVocabulary,
    export: ukExport,
    actions: ukActions,
    app: ukApp,
    panels: ukPanels,
    canvas: ukCanvas,
    insight: ukInsight,
    exportDialog: ukExportDialog,
    keyboard: ukKeyboard,
    workshop: ukWorkshop,
    voting: ukVoting,
    desktop: ukDesktop,
    templates: ukTemplates,
    maps: ukMaps,
    evidence: ukEvidence,
    present: ukPresent,
    facilitation: ukFacilitation,
    promises: ukPromises,
  },
  pl: {
    vocabulary: plVocabulary,
    export: plExport,
    actions: plActions,
    app: plApp,
    panels: plPanels,
    canvas: plCanvas,
    insight: plInsight,
    exportDialog: plExportDialog,
    keyboard: plKeyboard,
    workshop: plWorkshop,
    voting: plVoting,
    desktop: plDesktop,
    templates: plTemplates,
    maps: plMaps,
    evidence: plEvidence,
    present: plPresent,
    facilitation: plFacilitation,
    promises: plPromises,
  },
  zh: {
    vocabulary: zhVocabulary,
    export: zhExport,
    actions: zhActions,
    app: zhApp,
    panels: zhPanels,
    canvas: zhCanvas,
    insight: zhInsight,
    exportDialog: zhExportDialog,
    keyboard: zhKeyboard,
    workshop: zhWorkshop,
    voting: zhVoting,
    desktop: zhDesktop,
    templates: zhTemplates,
    maps: zhMaps,
    evidence: zhEvidence,
    present: zhPresent,
    facilitation: zhFacilitation,
    promises: zhPromises,
  },
};

/** A catalogue key without its plural suffix: `say('x', { count })` picks `x_one`, `x_other`… by the language's rules. */
type PluralBase<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

/** A key of the export namespace: the words an export prints that are Tandem's own (headings, page labels). */
export type ExportKey = PluralBase<keyof typeof enExport>;
