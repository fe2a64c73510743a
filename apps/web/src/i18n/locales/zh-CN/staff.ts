// Simplified Chinese, the messages only the staff's pages use: the reviewers', the administrators', the simulators' and
// first-run setup's. An applicant's page never loads them.
import { admin } from './admin.ts';
import { adminAuditLog } from './admin-audit-log.ts';
import { adminCalendar } from './admin-calendar.ts';
import { adminCurtains } from './admin-curtains.ts';
import { adminPhotoPoints } from './admin-photo-points.ts';
import { adminRules } from './admin-rules.ts';
import { adminUsers } from './admin-users.ts';
import { returnedFilings } from './returned-filings.ts';
import { review } from './review.ts';
import { reviewAssignments } from './review-assignments.ts';
import { reviewFiling } from './review-filing.ts';
import { reviewQueue } from './review-queue.ts';
import { secondReview } from './second-review.ts';
import { setup } from './setup.ts';
import { simulator } from './simulator.ts';

export const zhCNStaff = {
  review,
  reviewQueue,
  returnedFilings,
  reviewFiling,
  secondReview,
  reviewAssignments,
  adminUsers,
  adminRules,
  admin,
  adminPhotoPoints,
  adminCalendar,
  adminAuditLog,
  adminCurtains,
  setup,
  simulator,
};
