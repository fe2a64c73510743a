// The reviewers an admin may hand a filing in review to (POST /api/review/filings/:id/assign), with their load.
import { z } from 'zod';

export const ReviewerSummarySchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(['REVIEWER', 'ADMIN']),
  /** Filings whose review lease this account holds now (a lapsed lease does not count). */
  activeClaims: z.number().int().min(0),
});
export type ReviewerSummary = z.infer<typeof ReviewerSummarySchema>;

/** Active reviewers and admins, sorted by display name. */
export const ReviewerListSchema = z.object({ reviewers: z.array(ReviewerSummarySchema) });
export type ReviewerList = z.infer<typeof ReviewerListSchema>;
