export * from './contract';
export * from './dispatch';
export * from './result';
