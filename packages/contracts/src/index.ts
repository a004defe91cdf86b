export * from './constants.ts';
export * from './common.ts';
export * from './auth.ts';
export * from './partnerships.ts';
