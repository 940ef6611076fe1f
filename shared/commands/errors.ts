/** Why a command was refused. The document is unchanged whenever one is thrown. */
export type CommandErrorCode = 'invalid' | 'not_found' | 'conflict';

/** A refused command: a typed code and a message a user can read. */
export class CommandError extends Error {
  readonly code: CommandErrorCode;
  constructor(code: CommandErrorCode, message: string) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
  }
}

/** Throws a `not_found` error naming the missing thing. */
export function notFound(what: string, id: string): never {
  throw new CommandError('not_found', `${what} "${id}" does not exist`);
}
