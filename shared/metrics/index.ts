export * from './answers';
export * from './formulas';
export * from './gaps';
export * from './priority';
export * from './surveyRows';
export * from './surveySchemas';
export * from './surveyShape';
