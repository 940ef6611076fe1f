import { useCallback } from 'react';
import type { TandemClient } from '../../api/client';
import type { EditorState } from '../../store/types';
import { useEditorStore } from '../../store/useEditor';
import type { Action, ActionContext, ActionSource } from '../../ui/actions/action';
import { useActionClient, useCanvasPort } from './ActionsProvider';
import { actionById } from './registry';

type ContextOf = (source: ActionSource, event?: KeyboardEvent | null, state?: EditorState) => ActionContext;

/** Builds the context actions are asked and run in, for this window; `host` stands in for the provider's client. */
export function useActionContext(host?: TandemClient): ContextOf {
  const store = useEditorStore();
  const client = useActionClient() ?? host ?? null;
  const canvas = useCanvasPort();
  return useCallback(
    (source, event = null, state) => ({ store, state: state ?? store.getState(), canvas, client, source, event }),
    [store, client, canvas],
  );
}

/** Whether the action may run in this context. */
export function isEnabled(action: Action, ctx: ActionContext): boolean {
  return !action.enabled || action.enabled(ctx);
}

/** Runs an action by id from a button, a menu or the palette, if it is enabled; true when it ran. */
export function useRunAction(host?: TandemClient): (id: string, source?: ActionSource) => boolean {
  const context = useActionContext(host);
  return useCallback(
    (id, source = 'button') => {
      const action = actionById(id);
      if (!action) return false;
      const ctx = context(source);
      if (!isEnabled(action, ctx)) return false;
      return action.perform(ctx) !== false;
    },
    [context],
  );
}
