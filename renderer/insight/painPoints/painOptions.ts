import { opportunityStatusSchema } from '../../../shared/schema/opportunity';
import { painSideSchema, painStatusSchema } from '../../../shared/schema/painPoint';
import { english, type Translate } from '../../../shared/vocabulary';

// Functions of a translator, not constants: the words are read when drawn, in the language the component reads
// (`useVocabulary()`), so a change of language shows at once.

/** The three sides, with the short mark the badge and the register show. */
export const sideOptions = (t: Translate = english) =>
  painSideSchema.options.map((value) => ({
    value,
    label: t(`painSide.${value}`),
    mark: t(`painSideMark.${value}`),
    title: t(`painSideMeaning.${value}`),
  }));

export const painStatusOptions = (t: Translate = english) =>
  painStatusSchema.options.map((value) => ({ value, label: t(`painStatus.${value}`) }));

export const actionStatusOptions = (t: Translate = english) =>
  opportunityStatusSchema.options.map((value) => ({ value, label: t(`actionStatus.${value}`) }));

/** 1–5 as the segmented buttons for severity, reach and effort. */
export const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }));
