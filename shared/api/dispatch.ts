import { findCallProblem } from '../boundedParse';
import { describeIssues } from '../commands/entity';
import { CommandError } from '../commands/errors';
import { type ApiImplementation, type CallName, contract } from './contract';
import { ApiFailure, type ApiResult } from './result';

/** Turns anything thrown by a service into the error envelope; unknown errors become `internal`. */
export function toApiError(err: unknown): ApiResult<never> {
  if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
  if (err instanceof CommandError) return { ok: false, error: { code: err.code, message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * Runs one call: checks the name, stops a call at its first invalid entity (findCallProblem), parses the
 * arguments with the contract, calls the implementation, and answers with the result envelope. Used by the Electron IPC handlers and the browser host alike.
 */
export async function dispatch(impl: ApiImplementation, name: string, rawArgs: unknown): Promise<ApiResult<unknown>> {
  if (!Object.hasOwn(contract, name))
    return { ok: false, error: { code: 'invalid_arguments', message: `unknown call "${name}"` } };
  const call = name as CallName;
  // Before the contract's parse, which would report every issue of every entity of a huge invalid patch.
  const problem = findCallProblem(call, rawArgs);
  if (problem !== null) return { ok: false, error: { code: 'invalid_arguments', message: `${call}: ${problem}` } };
  let parsed: ReturnType<(typeof contract)[CallName]['args']['safeParse']>;
  try {
    parsed = contract[call].args.safeParse(rawArgs ?? {});
  } catch (err) {
    return toApiError(err);
  }
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_arguments', message: `${call}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const fn = impl[call] as (args: unknown) => unknown;
    const data = await fn(parsed.data);
    return { ok: true, data };
  } catch (err) {
    return toApiError(err);
  }
}
