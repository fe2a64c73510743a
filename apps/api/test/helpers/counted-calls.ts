// A real object (a repository on the real database) that also counts how often each of the named methods was called,
// for tests of what a cache in front of it saves.
type Method = (...args: never[]) => unknown;

export function countedCalls<T extends object, K extends keyof T>(
  inner: T,
  names: readonly K[],
): { counted: T; calls: Record<K, number> } {
  const calls = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  const counted = { ...inner };
  for (const name of names) {
    const method = inner[name] as Method;
    counted[name] = ((...args: never[]) => {
      calls[name] += 1;
      return method.apply(inner, args);
    }) as T[K];
  }
  return { counted, calls };
}
