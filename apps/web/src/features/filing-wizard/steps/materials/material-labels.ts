// Words for the materials list: a slot's name, sizes ("5.8 MB"), accepted types ("JPG、PNG 或 PDF"), and an upload
// refusal or server error in the reader's language, with the slot's own limit and types filled in.
import type { MaterialItem } from '@beian/contracts';
import { READABLE_IMAGE } from '@beian/domain';
import { i18n } from '../../../../i18n/i18n.ts';
import { ApiError } from '../../../../lib/api-error.ts';
import { errorMessage } from '../../../../lib/error-message.ts';
import { formatBytes } from '../../../../lib/images/format-bytes.ts';
import type { RefusalReason } from './upload-plan.ts';

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'application/pdf': 'PDF' };

export function typesLabel(accepts: readonly string[], language = i18n.language): string {
  const names = accepts.map((type) => TYPE_NAMES[type] ?? type);
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
}

/** The `accept` attribute of a slot's file input: types and extensions, so pickers filter on either. */
export function acceptAttribute(accepts: readonly string[]): string {
  const extensions: Record<string, string[]> = {
    'image/jpeg': ['.jpg', '.jpeg'],
    'image/png': ['.png'],
    'application/pdf': ['.pdf'],
  };
  return accepts.flatMap((type) => [type, ...(extensions[type] ?? [])]).join(',');
}

export function slotLabel(item: Pick<MaterialItem, 'kind' | 'category'>): string {
  if (item.kind === 'PRE_APPROVAL' && item.category) {
    return i18n.t('materials.approvalFor', { category: i18n.t(`materials.categories.${item.category}`) });
  }
  return i18n.t(`materials.kinds.${item.kind}`);
}

/** Refused before upload: the browser read the file and decided it cannot go as it is. */
export class UploadRefusal extends Error {
  constructor(
    readonly reason: RefusalReason | 'SHRINK_FAILED',
    readonly size: number,
  ) {
    super(reason);
    this.name = 'UploadRefusal';
  }
}

type SlotLimits = { accepts: readonly string[]; maxBytes: number };

/** Why an upload to this slot failed, in words that say what to do. */
export function uploadErrorText(error: unknown, slot: SlotLimits): string {
  const limits = {
    limit: formatBytes(slot.maxBytes, i18n.language),
    types: typesLabel(slot.accepts),
    shortSide: READABLE_IMAGE.shortSide,
    minimum: formatBytes(READABLE_IMAGE.bytes, i18n.language),
  };
  if (error instanceof UploadRefusal) {
    return i18n.t(`materials.refused.${error.reason}`, { ...limits, size: formatBytes(error.size, i18n.language) });
  }
  if (error instanceof ApiError && error.code === 'MATERIAL_TOO_LARGE') {
    return i18n.t('materials.refused.SERVER_TOO_LARGE', limits);
  }
  if (error instanceof ApiError && error.code === 'MATERIAL_TYPE_NOT_ALLOWED') {
    return i18n.t('materials.refused.SERVER_TYPE', limits);
  }
  if (error instanceof ApiError && error.code === 'MATERIAL_IMAGE_TOO_SMALL') {
    return i18n.t('materials.refused.SERVER_TOO_SMALL', limits);
  }
  if (error instanceof ApiError && error.code === 'MATERIAL_HEIC_NOT_SUPPORTED') {
    return i18n.t('materials.refused.HEIC');
  }
  return errorMessage(error);
}
