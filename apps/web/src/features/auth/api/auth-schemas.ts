// The auth answers' schemas, loaded by auth-api.ts when it first reads one (docs/decisions/049).
export { MeResponseSchema, RegisterResponseSchema, SimulatedMailboxSchema } from '@beian/contracts';
