// An answer a service hands out again and again, unchanged, to many requests (a review queue's kept first page,
// docs/decisions/056). It is frozen whole when kept, so the JSON its route's response serializer checked and wrote
// for it the first time is what the serializer would write every time; the serializer writes that JSON again
// (plugins/response-serializer.ts).
const kept = new WeakSet<object>();

function freezeWhole(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) freezeWhole(inner);
}

/** Freezes `answer` and everything in it, and marks it as an answer whose JSON may be written once and reused. */
export function keptAnswer<T extends object>(answer: T): T {
  freezeWhole(answer);
  kept.add(answer);
  return answer;
}

export const isKeptAnswer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && kept.has(value);
