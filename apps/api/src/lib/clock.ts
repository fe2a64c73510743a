// Time as a dependency, so services and jobs can be driven to any instant.
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
