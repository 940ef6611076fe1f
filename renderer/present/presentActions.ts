import type { ActionContext } from '../ui/actions/action';
import { defineActions } from '../ui/actions/action';
import { enterFullScreen } from './fullScreen';
import { leavePresentation } from './leave';
import { nextLaneStep, nextStep, presentSteps, previousStep, stageStep, stepRect, stepStage } from './steps';
import { scrollWithin } from './readingZoom';
import { fitForReading } from './fitForReading';

const presenting = ({ state }: ActionContext) => state.presenting !== null;
const stepsOf = ({ state }: ActionContext) => presentSteps(state.doc);

/** The stage the focus view opens on: the presented stage, else the selected card's. */
function focusTarget(ctx: ActionContext): string | null {
  const { state } = ctx;
  if (state.presenting) return stepStage(stepsOf(ctx)[state.presenting.step]);
  const card = state.doc.cards.find((c) => c.id === state.selection[0]);
  return card?.stageId ?? null;
}

/**
 * Presentation mode (ADR 0022): F5 starts it at the selected card's stage; the arrows, Page Up / Page Down (what a
 * clicker sends) and Space step; 1–9 jump to a stage, L to the next emotion curve, F opens the focus view, Esc
 * leaves. The stepping keys are enabled only while presenting, and this list comes first in the registry, so
 * while presenting they win over the card keys that share them.
 */
export const PRESENT_ACTIONS = defineActions([
  {
    id: 'present-exit',
    labelKey: 'action.presentExit',
    group: 'Navigation',
    keys: ['Escape'],
    capture: true,
    palette: false,
    enabled: (ctx) => presenting(ctx) || ctx.state.focusStage !== null,
    perform: (ctx) => {
      // The focus view is on top: Esc closes it first, and a second Esc leaves the presentation.
      if (ctx.state.focusStage !== null) ctx.store.getState().showFocus(null);
      else leavePresentation(ctx.store);
    },
  },
  {
    id: 'present',
    labelKey: 'action.present',
    descriptionKey: 'action.present.description',
    group: 'Navigation',
    keys: ['F5'],
    menu: { name: 'view', section: 0 },
    enabled: (ctx) => !presenting(ctx) && ctx.canvas.view !== null && ctx.state.doc.stages.length > 0,
    perform: (ctx) => {
      const steps = stepsOf(ctx);
      const card = ctx.state.doc.cards.find((c) => c.id === ctx.state.selection[0]);
      const at = card ? steps.findIndex((s) => s.kind === 'stage' && s.stageId === card.stageId) : 0;
      ctx.store.getState().startPresenting(Math.max(0, at));
      enterFullScreen();
    },
  },
  {
    id: 'present-next',
    labelKey: 'action.presentNext',
    group: 'Navigation',
    keys: ['ArrowRight', 'PageDown'],
    hiddenKeys: [' '],
    keysShown: ['ArrowRight', 'PageDown', 'Space'],
    palette: false,
    enabled: presenting,
    perform: (ctx) => {
      const at = ctx.state.presenting?.step ?? 0;
      step(ctx, nextStep(stepsOf(ctx), at));
    },
  },
  {
    id: 'present-previous',
    labelKey: 'action.presentPrevious',
    group: 'Navigation',
    keys: ['ArrowLeft', 'PageUp'],
    hiddenKeys: ['Shift+ ', 'Backspace'],
    palette: false,
    enabled: presenting,
    perform: (ctx) => {
      const at = ctx.state.presenting?.step ?? 0;
      step(ctx, previousStep(stepsOf(ctx), at));
    },
  },
  {
    id: 'present-scroll',
    labelKey: 'action.presentScroll',
    group: 'Navigation',
    keys: ['ArrowDown', 'ArrowUp'],
    palette: false,
    enabled: presenting,
    perform: (ctx) => {
      const { view, element } = ctx.canvas;
      const layout = ctx.canvas.layout();
      const current = stepsOf(ctx)[ctx.state.presenting?.step ?? 0];
      const rect = layout && current ? stepRect(layout, current) : null;
      if (!view || !element || !rect || !current) return false;
      const screen = { width: element.clientWidth, height: element.clientHeight };
      const direction = ctx.event?.key === 'ArrowUp' ? -1 : 1;
      view.show(scrollWithin(rect, view.viewport(), screen, current.kind === 'stage' ? 'y' : 'x', direction));
    },
  },
  {
    id: 'present-stage',
    labelKey: 'action.presentStage',
    group: 'Navigation',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    keysShown: ['1 – 9'],
    palette: false,
    enabled: presenting,
    perform: (ctx) => {
      const n = Number(ctx.event?.key);
      const to = Number.isInteger(n) ? stageStep(stepsOf(ctx), n) : null;
      if (to === null) return false;
      step(ctx, to);
    },
  },
  {
    id: 'present-lane',
    labelKey: 'action.presentLane',
    group: 'Navigation',
    keys: ['L'],
    palette: false,
    enabled: (ctx) => presenting(ctx) && nextLaneStep(stepsOf(ctx), -1) !== null,
    perform: (ctx) => {
      const to = nextLaneStep(stepsOf(ctx), ctx.state.presenting?.step ?? -1);
      if (to === null) return false;
      step(ctx, to);
    },
  },
  {
    id: 'present-focus',
    labelKey: 'action.presentFocus',
    descriptionKey: 'action.presentFocus.description',
    group: 'Navigation',
    keys: ['F'],
    canvasOnly: true,
    menu: { name: 'view', section: 0 },
    enabled: (ctx) => focusTarget(ctx) !== null,
    perform: (ctx) => {
      const target = focusTarget(ctx);
      if (target === null) return false;
      ctx.store.getState().showFocus(ctx.state.focusStage === target ? null : target);
    },
  },
]);

/** Fit for reading, beside Fit in the View menu; the presentation uses the same floor (readingZoom.ts). */
export const READING_ACTIONS = defineActions([
  {
    id: 'zoom-reading',
    labelKey: 'action.zoomReading',
    descriptionKey: 'action.zoomReading.description',
    group: 'Navigation',
    // Not Mod+Shift+0: Shift is not compared for digits, so that would be Fit's Mod+0.
    keys: ['Mod+Shift+F'],
    menu: { name: 'view', section: 1 },
    enabled: ({ canvas }) => canvas.view !== null && canvas.layout() !== null,
    perform: ({ canvas }) => fitForReading(canvas),
  },
]);

/** Moves to a step; with the focus view open, it follows to the new step's stage. */
function step(ctx: ActionContext, to: number): void {
  const store = ctx.store.getState();
  store.goToStep(to);
  if (ctx.state.focusStage !== null) store.showFocus(stepStage(presentSteps(ctx.state.doc)[to]));
}
