// Builds RFC 9457 problem+json bodies and maps every kind of failure (ours, Fastify's, plugins') onto one shape.
import type { ErrorCode, FieldError, Problem } from '@beian/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type Mapped = {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  members?: Pick<Problem, 'triesLeft' | 'lockedUntil' | 'firstRequest'>;
};

const FASTIFY_CODES: Record<string, Omit<Mapped, 'detail'> & { detail?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: 'The request body is empty; JSON was expected.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'MALFORMED_REQUEST',
    detail: 'The Content-Length header does not match the body that was sent.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  // @fastify/multipart (material uploads).
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send the upload as multipart/form-data.',
  },
  FST_FILES_LIMIT: { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'Send one file per upload.' },
  FST_PARTS_LIMIT: { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The upload has too many parts.' },
  FST_FIELDS_LIMIT: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'The upload has too many fields: send kind, websiteFilingNo and category only.',
  },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'MATERIAL_TOO_LARGE', detail: 'The file is too large.' },
  FST_MP_PREMATURE_CLOSE: {
    status: 400,
    code: 'MATERIAL_UPLOAD_ABORTED',
    detail: 'The upload ended before its multipart body did. Try again.',
  },
};

function fieldErrors(
  error: FastifyError & {
    validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[];
  },
  context?: string,
): FieldError[] {
  const prefix = context && context !== 'body' ? `${context}.` : '';
  return error.validation.flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
      return v.params.keys.map((key) => ({
        path: `${prefix}${base ? `${base}.` : ''}${String(key)}`,
        message: 'This field is not accepted here.',
      }));
    }
    return [{ path: `${prefix}${base}`, message: v.message ?? 'Invalid value.' }];
  });
}

export function mapError(error: unknown): Mapped {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, detail: error.detail, ...error.extra };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrors(error, (error as { validationContext?: string }).validationContext);
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: `Some fields are not valid: ${errors.map((e) => e.path || '(request)').join(', ')}.`,
      errors,
    };
  }
  const fe = error as Partial<FastifyError> & { headers?: Record<string, string> };
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { ...known, detail: known.detail ?? fe.message ?? 'Request refused.' };
  if (fe.statusCode === 429) {
    return { status: 429, code: 'RATE_LIMITED', detail: 'Too many requests. Please wait and try again.' };
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, code: 'VALIDATION_FAILED', detail: fe.message ?? 'The request is not valid.' };
  }
  return {
    status: 500,
    code: 'INTERNAL',
    detail: 'Something went wrong on our side. Quote the request id if you contact support.',
  };
}

/** The problem document for `mapped`; `instance` is the path, without its query. */
export function problemBody(mapped: Mapped, at: { instance?: string; requestId: string }): Problem {
  return {
    type: `urn:beian:problem:${mapped.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[mapped.status] ?? 'Error',
    status: mapped.status,
    code: mapped.code,
    detail: mapped.detail,
    ...(at.instance === undefined ? {} : { instance: at.instance }),
    requestId: at.requestId,
    ...(mapped.errors ? { errors: mapped.errors } : {}),
    ...mapped.members,
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, mapped: Mapped) {
  const body = problemBody(mapped, { instance: request.url.split('?')[0], requestId: request.id });
  for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
  return reply.status(mapped.status).type('application/problem+json').send(body);
}

export const titleOf = (status: number) => TITLES[status] ?? 'Error';
