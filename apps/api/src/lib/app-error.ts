// One error type for everything the API refuses on purpose; the error handler turns it into problem+json.
import type { ErrorCode, FieldError, Problem } from '@beian/contracts';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly detail: string,
    readonly extra: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      /** Extension members of the problem document, e.g. triesLeft (RFC 9457 §3.2). */
      members?: Pick<Problem, 'triesLeft' | 'lockedUntil' | 'firstRequest'>;
    } = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', 404, `${what} was not found.`);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'Your role does not allow this action.') {
    super('FORBIDDEN', 403, detail);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(detail = 'Please sign in first.') {
    super('UNAUTHENTICATED', 401, detail);
  }
}

export class ConflictError extends AppError {
  constructor(code: ErrorCode, detail: string) {
    super(code, 409, detail);
  }
}
