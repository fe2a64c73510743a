// Reviewer workbench schemas.
import { z } from 'zod';

export const ReviewDashboardSchema = z.object({
  queues: z.object({ initial: z.number().int(), second: z.number().int() }),
  overdue: z.number().int(),
});
export type ReviewDashboard = z.infer<typeof ReviewDashboardSchema>;
