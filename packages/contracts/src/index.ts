export * from './constants.ts';
export * from './common.ts';
export * from './auth.ts';
export * from './partnerships.ts';
export * from './milestones.ts';
export * from './overview.ts';
export * from './plans.ts';
export * from './consultations.ts';
export type * from './realtime.ts';
