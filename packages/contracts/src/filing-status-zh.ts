// The label of every filing state in Simplified Chinese: one copy for the web app's Chinese locale and for what the
// API writes in Chinese for people (the audit log's CSV export).
import type { FilingState } from '@beian/domain';

export const FILING_STATUS_TEXTS_ZH = {
  DRAFT: '草稿',
  INITIAL_REVIEW: '初审中',
  INITIAL_REJECTED: '初审驳回',
  PHOTO_PENDING: '待拍照',
  SECOND_REVIEW: '复审中',
  PHOTO_REJECTED: '照片驳回',
  BUREAU_SMS: '工信部短信核验中',
  SMS_FAILED: '短信核验失败',
  BUREAU_REVIEW: '管局审核中',
  BUREAU_REJECTED: '管局驳回',
  COMPLETED: '备案完成',
  ABANDONED: '已放弃',
  EXPIRED: '已过期',
} satisfies Record<FilingState, string>;
