// The admin's photo points (/api/admin/photo-points): list and search, create and edit with the row's updatedAt as
// its version, deactivate and reactivate (points are never deleted), and the operators placed at each point.
import { validateOpeningHours, validatePhone } from '@beian/domain';
import { z } from 'zod';
import { nonEmptyLine, trimmed } from './common.ts';
import { ProvinceCodeSchema } from './filing-common.ts';

const PHONE_MESSAGES: Record<string, string> = {
  PHONE_EMPTY: 'Enter the point’s phone number',
  PHONE_FORMAT: 'Enter a mobile number, a landline with its area code (e.g. 010-12345678) or a 400/800 number',
  PHONE_AREA_CODE_MISSING: 'Add the area code in front of the landline number, e.g. 010-12345678',
};

const HOURS_MESSAGES: Record<string, string> = {
  HOURS_EMPTY: 'Enter the opening hours',
  HOURS_TOO_LONG: 'Opening hours are at most 100 characters',
  HOURS_NO_TIME_RANGE: 'Name at least one time range, e.g. 周一至周五 09:00-17:30',
  HOURS_TIME_INVALID: 'A time in the opening hours does not exist (hours 0–24, minutes 00–59)',
  HOURS_RANGE_BACKWARDS: 'Each time range must end after it starts',
};

/** A zod check from a domain validator: params.reason carries the stable code the web app words. */
const domainRule =
  (validate: (value: string) => { ok: boolean; reason?: string }, messages: Record<string, string>) =>
  (value: string, ctx: z.RefinementCtx) => {
    const result = validate(value);
    if (!result.ok && result.reason) {
      ctx.addIssue({
        code: 'custom',
        message: messages[result.reason] ?? 'Not valid',
        params: { reason: result.reason },
      });
    }
  };

/** Mobile, landline with area code, or 400/800; kept as typed (trimmed). */
export const PhotoPointPhoneSchema = z.string().trim().max(30).superRefine(domainRule(validatePhone, PHONE_MESSAGES));

/** Free text naming at least one time range, e.g. 周一至周五 09:00-17:30（法定节假日除外）. */
export const OpeningHoursSchema = z.string().trim().superRefine(domainRule(validateOpeningHours, HOURS_MESSAGES));

/** What an admin enters for a point. The city is the city's name as the region list writes it (广州市). */
export const PhotoPointFieldsSchema = z.strictObject({
  province: ProvinceCodeSchema,
  city: nonEmptyLine(30),
  name: nonEmptyLine(60),
  address: nonEmptyLine(200),
  hours: OpeningHoursSchema,
  phone: PhotoPointPhoneSchema,
});
export type PhotoPointFields = z.infer<typeof PhotoPointFieldsSchema>;
export type PhotoPointFieldsInput = z.input<typeof PhotoPointFieldsSchema>;

export const CreatePhotoPointSchema = PhotoPointFieldsSchema;

/** An edit: any of the fields, and the updatedAt the admin's form was read at (another admin's edit moves it). */
export const UpdatePhotoPointSchema = PhotoPointFieldsSchema.partial().extend({ updatedAt: z.iso.datetime() });
export type UpdatePhotoPoint = z.infer<typeof UpdatePhotoPointSchema>;

export const PhotoPointIdParamsSchema = z.strictObject({ id: z.uuid() });
export const PhotoPointOperatorParamsSchema = z.strictObject({ id: z.uuid(), accountId: z.uuid() });

export const AdminPhotoPointQuerySchema = z.strictObject({
  /** Words found in the name, address or city; every word must match. */
  q: trimmed(50).optional(),
  province: ProvinceCodeSchema.optional(),
  city: trimmed(30).optional(),
  /** "true": active points only; "false": inactive ones only; absent: both. */
  active: z.enum(['true', 'false']).optional(),
});
export type AdminPhotoPointQuery = z.infer<typeof AdminPhotoPointQuerySchema>;

export const AdminPhotoPointSchema = z.object({
  id: z.uuid(),
  province: z.string(),
  city: z.string(),
  name: z.string(),
  address: z.string(),
  hours: z.string(),
  phone: z.string(),
  active: z.boolean(),
  operatorCount: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  /** The version an edit sends back. */
  updatedAt: z.iso.datetime(),
});
export type AdminPhotoPoint = z.infer<typeof AdminPhotoPointSchema>;

/** Every point matching the filters (a few hundred at most), by province code, city and name. */
export const AdminPhotoPointListSchema = z.object({
  total: z.number().int(),
  points: z.array(AdminPhotoPointSchema),
});
export type AdminPhotoPointList = z.infer<typeof AdminPhotoPointListSchema>;

export const PointOperatorSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  /** A disabled account cannot sign in, whatever its point. */
  active: z.boolean(),
});
export type PointOperator = z.infer<typeof PointOperatorSchema>;

export const AdminPhotoPointDetailSchema = AdminPhotoPointSchema.extend({
  operators: z.array(PointOperatorSchema),
  /** Verification photos recorded as taken here. */
  photoCount: z.number().int().min(0),
});
export type AdminPhotoPointDetail = z.infer<typeof AdminPhotoPointDetailSchema>;

/** Every operator account, with the point it is placed at now (one point per operator). */
export const AssignableOperatorListSchema = z.object({
  operators: z.array(
    PointOperatorSchema.extend({
      point: z.object({ id: z.uuid(), name: z.string(), active: z.boolean() }).nullable(),
    }),
  ),
});
export type AssignableOperatorList = z.infer<typeof AssignableOperatorListSchema>;
