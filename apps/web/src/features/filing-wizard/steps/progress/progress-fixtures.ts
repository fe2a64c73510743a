// Contract-shaped answers for the progress step's tests: a timeline at a given stage, an SMS check and a filed view.
import type { BureauCheck, FiledView, FilingProgress, ProgressStage } from '@beian/contracts';
import { PROGRESS_STAGE_KEYS, STAGE_PARTY } from '@beian/domain';

/** Every stage before `current` done (an hour each from 10:00 on Monday 7 December, Beijing), `current` running. */
export function timeline(
  current: ProgressStage['key'],
  nextAction: FilingProgress['nextAction'],
  overrides: Partial<ProgressStage> = {},
): FilingProgress {
  const index = PROGRESS_STAGE_KEYS.indexOf(current);
  const at = (i: number) => new Date(Date.UTC(2026, 11, 7, 2 + i)).toISOString();
  const stages = PROGRESS_STAGE_KEYS.map((key, i): ProgressStage => {
    const base = { key, party: STAGE_PARTY[key], expectedBy: null, overdue: false, returns: 0 };
    if (i < index) return { ...base, state: 'DONE', startedAt: at(i), endedAt: at(i + 1) };
    if (i > index) return { ...base, state: 'UPCOMING', startedAt: null, endedAt: null };
    return { ...base, state: 'CURRENT', startedAt: at(i), endedAt: null, ...overrides };
  });
  return { stages, nextAction, bureauReviewWorkingDays: 20 };
}

export function smsCheck(overrides: Partial<BureauCheck> = {}): BureauCheck {
  return {
    round: 1,
    status: 'SUBMITTED',
    submittedAt: '2026-12-07T06:00:00.000Z',
    // 14:00 on Tuesday 8 December, Beijing.
    smsDeadline: '2026-12-08T06:00:00.000Z',
    smsConfirmedAt: null,
    bureauDueAt: null,
    decidedAt: null,
    failure: null,
    bureauReason: null,
    verifiers: [
      {
        role: 'SUBJECT_PRINCIPAL',
        nameMasked: '赵*',
        mobileMasked: '138****1234',
        confirmedAt: '2026-12-07T07:30:00.000Z',
        triesLeft: 5,
      },
      { role: 'WEBSITE_PRINCIPAL', nameMasked: '钱*', mobileMasked: '139****5678', confirmedAt: null, triesLeft: 3 },
    ],
    resendAvailableAt: null,
    ...overrides,
  };
}

export const FILED: FiledView = {
  completedAt: '2026-12-20T02:00:00.000Z',
  subject: { subjectFilingNo: '粤ICP备20260001号', name: '赵一', principalName: '赵一' },
  websites: [
    {
      websiteFilingNo: '粤ICP备20260001号-1',
      name: '赵一的博客',
      domains: ['zhaoyi.cn', 'zhaoyi.com.cn'],
      homepageUrl: 'https://zhaoyi.cn',
      accessProviders: ['阿里云', '本云服务商'],
      accessedHere: true,
    },
  ],
  provider: '本云服务商',
};
