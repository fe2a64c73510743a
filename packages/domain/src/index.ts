// Public surface of @beian/domain: pure filing rules shared by the API and the web app (no I/O).
export * from './calendar/holiday-calendar.ts';
export * from './calendar/shanghai-time.ts';
export * from './calendar/working-days.ts';
export * from './glossary.ts';
export * from './provinces/province-rules.ts';
export * from './provinces/provinces.ts';
export * from './result.ts';
export * from './state-machine/guards.ts';
export * from './state-machine/idle.ts';
export * from './state-machine/photo-guard.ts';
export * from './state-machine/states.ts';
export * from './state-machine/transitions.ts';
