export * from './admin.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './photo-point.ts';
export * from './review.ts';
