// The badge's summary is shared with the exports, which draw the same badge (shared/insight/painSummary.ts).
export { type PainSummary, painSummaries, summaryKey } from '../../../shared/insight/painSummary';
