// Photo-point rows as the admin pages read them, and the audit log's before and after of an edit: only the fields
// that changed, the province by its name.
import type { AdminPhotoPoint, AdminPhotoPointDetail, PhotoPointFields } from '@beian/contracts';
import { validatePhone } from '@beian/domain';
import { provinceFullName } from '@beian/domain/regions';
import { maskMobile } from '../../lib/mask-mobile.ts';

export const POINT_FIELDS = ['province', 'city', 'name', 'address', 'hours', 'phone'] as const;

type PointRow = PhotoPointFields & { id: string; active: boolean; createdAt: Date; updatedAt: Date };
type OperatorRow = { id: string; displayName: string; email: string; active: boolean };

export const pointSelect = {
  id: true,
  province: true,
  city: true,
  name: true,
  address: true,
  hours: true,
  phone: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { operators: { where: { role: 'OPERATOR' as const } } } },
} as const;

export function toAdminPoint(row: PointRow & { _count: { operators: number } }): AdminPhotoPoint {
  return {
    id: row.id,
    province: row.province,
    city: row.city,
    name: row.name,
    address: row.address,
    hours: row.hours,
    phone: row.phone,
    active: row.active,
    operatorCount: row._count.operators,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPointDetail(
  row: PointRow & { _count: { operators: number; photos: number }; operators: OperatorRow[] },
): AdminPhotoPointDetail {
  return {
    ...toAdminPoint(row),
    photoCount: row._count.photos,
    operators: row.operators.map((o) => ({ id: o.id, displayName: o.displayName, email: o.email, active: o.active })),
  };
}

/**
 * How a field reads in the audit log: the province by its name, a mobile number masked (a point may give a person's
 * mobile; landlines and 400 numbers are the point's public numbers), the rest as stored.
 */
function auditValue(field: keyof PhotoPointFields, value: string): string {
  if (field === 'province') return provinceFullName(value) ?? value;
  if (field === 'phone') {
    const phone = validatePhone(value);
    if (phone.ok && phone.value.kind === 'MOBILE') return maskMobile(phone.value.digits);
  }
  return value;
}

/** The fields of `next` that differ from `current`, as before and after for the audit log and as data to write. */
export function changesOf(current: PhotoPointFields, next: Partial<PhotoPointFields>) {
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  const data: Partial<PhotoPointFields> = {};
  for (const field of POINT_FIELDS) {
    const value = next[field];
    if (value === undefined || value === current[field]) continue;
    before[field] = auditValue(field, current[field]);
    after[field] = auditValue(field, value);
    data[field] = value;
  }
  return { before, after, data, changed: Object.keys(data).length > 0 };
}

/** A new point's fields for the audit log's after. */
export const auditedFields = (fields: PhotoPointFields) =>
  Object.fromEntries(POINT_FIELDS.map((field) => [field, auditValue(field, fields[field])]));
