// Simplified Chinese, the messages every console page needs beyond core.ts: the applicant's wizard and filings, the
// words of a filing that the staff's pages share too, notifications, the account page, the legal texts and the pages
// opened on a phone.
import { account } from './account.ts';
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
import { simulatedPhone } from './simulated-phone.ts';
import { submission } from './submission.ts';

export const zhCNConsole = {
  account,
  filingStatus,
  applicant,
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
  simulatedPhone,
  legal,
};
