// The error every failed API call becomes: the server's problem+json, plus what the client itself could not do.
import type { FieldError, Problem } from '@beian/contracts';

/** Codes the client raises without an answer from the API. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly requestId: string | undefined;
  readonly fieldErrors: FieldError[];
  /** From the Retry-After header of a 429 or 503, in whole seconds. */
  readonly retryAfterSeconds: number | undefined;
  /** The whole problem document, for members some problems add (`triesLeft`, `lockedUntil`). */
  readonly problem: Problem;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function codeForStatus(status: number): string {
  if (status === 0) return 'NETWORK_ERROR';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 404) return 'NOT_FOUND';
  if (status >= 502 && status <= 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'UNKNOWN';
}

/** A problem for responses that carried none (a proxy's HTML error page, an empty 502, a dropped connection). */
export function syntheticProblem(status: number, title: string): Problem {
  return { type: 'about:blank', title, status, code: codeForStatus(status), detail: title };
}
