// A benchmark's settings from the environment: a whole number at least `min`, or a comma-separated list of them. A
// value that is not one stops the benchmark before it starts, saying which setting and why, rather than failing
// later inside the load generator or measuring something other than what was asked for.
function refuse(name: string, raw: string, wanted: string): never {
  console.error(`${name}=${raw} is not ${wanted}.`);
  process.exit(2);
}

const wholeAtLeast = (text: string, min: number) => /^\d+$/.test(text) && Number(text) >= min;

/** `name` as a whole number, at least `min` (1 unless given), or `fallback` when unset. */
export function wholeNumber(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const text = raw.trim();
  if (!wholeAtLeast(text, min)) refuse(name, raw, `a whole number of at least ${min}`);
  return Number(text);
}

/** `name` as a comma-separated list of whole numbers of at least 1; empty (`NAME=`) is none, unset is `fallback`. */
export function wholeNumbers(name: string, fallback: readonly number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined) return [...fallback];
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.some((part) => !wholeAtLeast(part, 1)))
    refuse(name, raw, 'a comma-separated list of whole numbers of at least 1 (empty for none)');
  return parts.map(Number);
}
