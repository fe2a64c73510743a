// English, every message outside core.ts; typed against the Chinese ones.
import type { RestMessages } from '../zh-CN/index.ts';
import { account } from './account.ts';
import { admin } from './admin.ts';
import { adminAuditLog } from './admin-audit-log.ts';
import { adminCalendar } from './admin-calendar.ts';
import { adminCurtains } from './admin-curtains.ts';
import { adminPhotoPoints } from './admin-photo-points.ts';
import { adminRules } from './admin-rules.ts';
import { adminUsers } from './admin-users.ts';
import { appCheck } from './app-check.ts';
import { applicant } from './applicant.ts';
import { checks, reasons } from './checks.ts';
import { curtain } from './curtain.ts';
import { filing } from './filing.ts';
import { filingStatus } from './filing-status.ts';
import { history } from './history.ts';
import { legal } from './legal.ts';
import { materials } from './materials.ts';
import { miitSmsCheck } from './miit-sms-check.ts';
import { notifications } from './notifications.ts';
import { photo } from './photo.ts';
import { photoCapture } from './photo-capture.ts';
import { photoPoint } from './photo-point.ts';
import { photoRecord } from './photo-record.ts';
import { progress } from './progress.ts';
import { rejection } from './rejection.ts';
import { returnedFilings } from './returned-filings.ts';
import { review } from './review.ts';
import { reviewAssignments } from './review-assignments.ts';
import { reviewFiling } from './review-filing.ts';
import { reviewQueue } from './review-queue.ts';
import { secondReview } from './second-review.ts';
import { setup } from './setup.ts';
import { simulatedPhone } from './simulated-phone.ts';
import { simulator } from './simulator.ts';
import { submission } from './submission.ts';

export const enUSRest: RestMessages = {
  account,
  filingStatus,
  applicant,
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
  photoPoint,
  photoCapture,
  curtain,
  filing,
  checks,
  reasons,
  materials,
  submission,
  photo,
  photoRecord,
  progress,
  appCheck,
  miitSmsCheck,
  history,
  notifications,
  rejection,
  setup,
  simulator,
  simulatedPhone,
  legal,
};
