// A page whose address names a record the API does not know (a mistyped or malformed id, or another account's
// record, which it answers alike) is at a wrong address: the router's error boundary shows the not-found page.
import { isApiError } from './api-error.ts';

/** Whether `error` says the address names nothing: the API's not-found problem. */
export const isWrongAddress = (error: unknown): boolean => isApiError(error, 'NOT_FOUND');

/**
 * `throwOnError` for the query loading the record a page's address names: a not-found answer to the first load goes
 * to the error boundary. Once the record was shown, a later refetch's error stays with the page.
 */
export const throwWrongAddress = (error: unknown, query: { state: { data: unknown } }): boolean =>
  query.state.data === undefined && isWrongAddress(error);
