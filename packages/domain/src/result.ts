// The one result type for everything in the domain that can fail; reasons and warnings are stable codes the UI translates.

export type Ok<T> = { readonly ok: true; readonly value: T; readonly warnings?: readonly string[] };
export type Fail = { readonly ok: false; readonly reason: string };
export type Result<T = undefined> = Ok<T> | Fail;

export function ok(): Ok<undefined>;
export function ok<T>(value: T, warnings?: readonly string[]): Ok<T>;
export function ok<T>(value?: T, warnings?: readonly string[]): Ok<T | undefined> {
  // An empty warnings array would make `'warnings' in r` lie, so it is left out.
  return warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}

export function fail(reason: string): Fail {
  return { ok: false, reason };
}
