// The schema the session check's answer is read with, a chunk of its own: every signed-in page load reads it, so it
// does not bring the other auth answers' schemas along (docs/decisions/049 and 052).
export { MeResponseSchema } from '@beian/contracts';
