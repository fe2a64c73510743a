// Public surface of @beian/domain: pure filing rules shared by the API and the web app (no I/O).
export * from './glossary.ts';
export * from './result.ts';
export * from './state-machine/guards.ts';
export * from './state-machine/idle.ts';
export * from './state-machine/photo-guard.ts';
export * from './state-machine/states.ts';
export * from './state-machine/transitions.ts';
