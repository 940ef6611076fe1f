import { useEffect, useMemo } from 'react';
import { useEditor } from '../../store/useEditor';
import { cardFigures, stageFigures, type Figure, type FigureDoc } from './figures';

/** The survey statistics, loaded the first time a component needs them. */
export function useSurveyStats() {
  const ensure = useEditor((s) => s.ensureSurveyStats);
  useEffect(() => ensure(), [ensure]);
  return useEditor((s) => s.surveyStats);
}

/** The parts of the document figures are read from; each is replaced only when it changes. */
function useFigureInputs(): FigureDoc {
  const metrics = useEditor((s) => s.doc.metrics);
  const metricValues = useEditor((s) => s.doc.metricValues);
  const cards = useEditor((s) => s.doc.cards);
  return useMemo(() => ({ metrics, metricValues, cards }), [metrics, metricValues, cards]);
}

/** Every metric's figure at one stage. */
export function useStageFigures(stageId: string): Figure[] {
  const stats = useSurveyStats();
  const inputs = useFigureInputs();
  return useMemo(() => stageFigures(inputs, stats, stageId), [inputs, stats, stageId]);
}

/** Every metric's figure at one card. */
export function useCardFigures(cardId: string): Figure[] {
  const stats = useSurveyStats();
  const inputs = useFigureInputs();
  return useMemo(() => cardFigures(inputs, stats, cardId), [inputs, stats, cardId]);
}
