import { opportunityStatusSchema } from '../../../shared/schema/opportunity';
import { painSideSchema, painStatusSchema } from '../../../shared/schema/painPoint';
import { label } from '../../../shared/vocabulary';

// Functions, not constants: the words are read when drawn, so a change of language shows at once.

/** The three sides, with the short mark the badge and the register show. */
export const sideOptions = () =>
  painSideSchema.options.map((value) => ({
    value,
    label: label(`painSide.${value}`),
    mark: label(`painSideMark.${value}`),
    title: label(`painSideMeaning.${value}`),
  }));

export const painStatusOptions = () =>
  painStatusSchema.options.map((value) => ({ value, label: label(`painStatus.${value}`) }));

export const actionStatusOptions = () =>
  opportunityStatusSchema.options.map((value) => ({ value, label: label(`actionStatus.${value}`) }));

/** 1–5 as the segmented buttons for severity, reach and effort. */
export const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }));
