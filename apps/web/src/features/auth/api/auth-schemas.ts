// The other auth answers' schemas (registration, the simulated mailbox), loaded by auth-api.ts when it first reads
// one (docs/decisions/049).
export { RegisterResponseSchema, SimulatedMailboxSchema } from '@beian/contracts';
