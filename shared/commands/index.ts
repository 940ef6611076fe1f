export * from './apply';
export * from './types';
export * from './errors';
export * from './order';
export type { CommandResult } from './handler';
export { describeCommand } from './describe';
