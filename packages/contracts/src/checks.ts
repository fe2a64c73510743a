// A named check as the verify step reports it (see @beian/domain eligibility): pass, warn or fail with a reason code.
import { z } from 'zod';

export const CheckSchema = z.object({
  name: z.string(),
  status: z.enum(['pass', 'warn', 'fail']),
  reason: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckSchema>;
