import { describe, expect, it } from 'vitest';
import { CreatePhotoPointSchema, UpdatePhotoPointSchema } from './admin-photo-points.ts';

const point = {
  province: '11',
  city: '北京市',
  name: '北京朝阳拍照点',
  address: '北京市朝阳区建国路 88 号 5 层',
  hours: '周一至周五 09:00-17:30（法定节假日除外）',
  phone: '010-12345678',
};

const reasonsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; params?: unknown }[] } }) =>
  result.error?.issues.map((issue) => [
    issue.path.join('.'),
    (issue as { params?: { reason?: string } }).params?.reason,
  ]);

describe('photo point contracts', () => {
  it('takes a point as an admin enters it, trimmed', () => {
    expect(CreatePhotoPointSchema.parse({ ...point, name: ` ${point.name} ` })).toEqual(point);
  });

  it('names the domain reason for a wrong phone or opening hours', () => {
    const result = CreatePhotoPointSchema.safeParse({ ...point, phone: '1234 5678', hours: '17:30-09:00' });
    expect(reasonsOf(result)).toEqual([
      ['hours', 'HOURS_RANGE_BACKWARDS'],
      ['phone', 'PHONE_AREA_CODE_MISSING'],
    ]);
  });

  it('refuses unknown fields and provinces', () => {
    expect(CreatePhotoPointSchema.safeParse({ ...point, active: false }).success).toBe(false);
    expect(CreatePhotoPointSchema.safeParse({ ...point, province: '71' }).success).toBe(false);
  });

  it('takes any of the fields in an edit, but always the version read', () => {
    expect(
      UpdatePhotoPointSchema.safeParse({ phone: '400-810-9999', updatedAt: '2026-12-07T02:00:00.000Z' }).success,
    ).toBe(true);
    expect(UpdatePhotoPointSchema.safeParse({ phone: '400-810-9999' }).success).toBe(false);
    expect(UpdatePhotoPointSchema.safeParse({ name: '', updatedAt: '2026-12-07T02:00:00.000Z' }).success).toBe(false);
  });
});
