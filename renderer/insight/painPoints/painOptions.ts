import { opportunityStatusSchema } from '../../../shared/schema/opportunity';
import { painSideSchema, painStatusSchema } from '../../../shared/schema/painPoint';
import { label } from '../../../shared/vocabulary';

// Built once; each word is a getter, read when drawn, so a change of language still shows at once (as LANE_CHOICES).

/** The three sides, with the words that say who feels the pain. */
export const SIDE_OPTIONS = painSideSchema.options.map((value) => ({
  value,
  get label() {
    return label(`painSide.${value}`);
  },
  get title() {
    return label(`painSideMeaning.${value}`);
  },
}));

export const PAIN_STATUS_OPTIONS = painStatusSchema.options.map((value) => ({
  value,
  get label() {
    return label(`painStatus.${value}`);
  },
}));

export const ACTION_STATUS_OPTIONS = opportunityStatusSchema.options.map((value) => ({
  value,
  get label() {
    return label(`actionStatus.${value}`);
  },
}));

/** 1–5 as the segmented buttons for severity, reach and effort. */
export const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }));
