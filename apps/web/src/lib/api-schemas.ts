// The API client's own schemas, in a module of their own so that the client loads them (and zod) only with the
// first problem or CSRF token it reads (docs/decisions/049).
export { CsrfResponseSchema, ProblemSchema } from '@beian/contracts';
