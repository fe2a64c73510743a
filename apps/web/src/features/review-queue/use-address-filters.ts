// The queue's filters as the address holds them, and a way to change one that builds on the changes already asked
// for. react-router shows a new address in a transition, which waits for the new queue to load; until then the page
// still renders the filters before it. A reviewer who ticks "overdue only" and picks a province at once would have
// the second choice built on those older filters, and the first one dropped.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { addressFor, filtersFromAddress, type QueueFilters } from './queue-address.ts';

/** A change of filters, given the latest ones asked for (as React's state updates take the latest state). */
export type FiltersChange = (filters: QueueFilters) => QueueFilters;

type Pending = {
  /** The address shown when the first of these changes was asked for, and every one asked for since: the page
   * may show any of them on its way to the last. */
  addresses: Set<string>;
  last: string;
  filters: QueueFilters;
};

/** The filters the address asks for (null when it was edited into something the API refuses), and `change`. */
export function useAddressFilters(): [QueueFilters | null, (change: FiltersChange) => void] {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromAddress(params);
  const shown = params.toString();
  const pending = useRef<Pending | null>(null);

  // Once the last address asked for shows, the next change builds on what shows again, so that a link or the
  // navigation taking the page to other filters is followed.
  useEffect(() => {
    if (pending.current?.last === shown) pending.current = null;
  }, [shown]);

  const change = (apply: FiltersChange) => {
    // Still on the way while what shows is one of those addresses; anything else came from elsewhere.
    const ongoing = pending.current?.addresses.has(shown) ? pending.current : null;
    const next = apply(ongoing?.filters ?? filters ?? {});
    const address = addressFor(next);
    const last = address.toString();
    pending.current = { addresses: new Set([...(ongoing?.addresses ?? [shown]), last]), last, filters: next };
    setParams(address, { replace: true });
  };

  return [filters, change];
}
