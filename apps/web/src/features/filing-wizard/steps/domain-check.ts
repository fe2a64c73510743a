// The verify step's domain check, loaded when a domain is first typed. It carries the Public Suffix List (about a
// quarter of a megabyte of code), which no other page needs, so it stays out of the page's own chunk.
import type { checkDomainName } from '@beian/domain';
import { useEffect, useState } from 'react';

export type DomainCheck = typeof checkDomainName;

let loading: Promise<DomainCheck> | undefined;

/** The check, from its chunk; a failed load is tried again on the next call. */
export function loadDomainCheck(): Promise<DomainCheck> {
  loading ??= import('./domain-check-chunk.ts').then(
    (module) => module.checkDomainName,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The check once `wanted` has been true (a domain is typed) and its chunk has arrived; null until then. */
export function useDomainCheck(wanted: boolean): DomainCheck | null {
  const [check, setCheck] = useState<{ run: DomainCheck } | null>(null);
  useEffect(() => {
    if (!wanted || check) return;
    let current = true;
    loadDomainCheck().then(
      (run) => current && setCheck({ run }),
      // The preview is a hint: without it the form still checks the domain on submit, and the server always does.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, check]);
  return check?.run ?? null;
}
