// Holds the reviewer's claim while the review page is open: renewed every 5 minutes (the lease lasts 30), released
// when the page is left, whether by navigation (unmount) or by closing the tab (pagehide).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { getCsrfToken } from '../../../lib/api-client.ts';
import { releaseLease, renewLease } from '../api/lease-api.ts';

export const LEASE_RENEW_MS = 5 * 60_000;

/** Releases put off by one tick, so a remount of the same page (React's development double mount) keeps the claim. */
const pendingReleases = new Map<string, number>();

/** `held` turns false once the filing is decided: the decision released the claim, so there is nothing to keep. */
export function useReviewLease(filingId: string, held = true): { lost: unknown } {
  const [lost, setLost] = useState<unknown>(null);
  const token = useRef<string | undefined>(undefined);
  // Read by the cleanup below: when it runs because the claim stopped being held (a decision, or 放回队列 released
  // it), there is nothing left to release. Layout effects run before passive cleanups, so this is already current.
  const stillHeld = useRef(held);
  useLayoutEffect(() => {
    stillHeld.current = held;
  });

  useEffect(() => {
    if (!held) return;
    let active = true;
    window.clearTimeout(pendingReleases.get(filingId));
    pendingReleases.delete(filingId);
    setLost(null);
    getCsrfToken().then(
      (value) => {
        token.current = value;
      },
      () => undefined,
    );
    const renew = () =>
      renewLease(filingId).then(
        () => active && setLost(null),
        (error: unknown) => active && setLost(error),
      );
    const timer = window.setInterval(renew, LEASE_RENEW_MS);
    const onPageHide = () => releaseLease(filingId, token.current);
    // Back from the browser's page cache: the claim was released on the way out, so take it up again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void renew();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      if (!stillHeld.current) return;
      pendingReleases.set(
        filingId,
        window.setTimeout(() => {
          pendingReleases.delete(filingId);
          releaseLease(filingId, token.current);
        }, 0),
      );
    };
  }, [filingId, held]);

  return { lost };
}
