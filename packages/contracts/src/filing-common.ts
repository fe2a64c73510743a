// Building blocks of the filing schemas: ids, versions, the cloud-service choice and a person (principal).
import { CERT_TYPES, isValidMainlandMobile, PERSON_CERT_TYPES, PROVINCE_CODES, SUBJECT_NATURES } from '@beian/domain';
import { z } from 'zod';
import { nonEmpty, nonEmptyLine, safeText, trimmed, trimmedLine } from './common.ts';

export const ProvinceCodeSchema = z.string().refine((code) => PROVINCE_CODES.includes(code), {
  message: 'Choose one of the 31 mainland provinces',
});
export const SubjectNatureSchema = z.enum(SUBJECT_NATURES);
export const CertTypeSchema = z.enum(CERT_TYPES.map((t) => t.code) as [string, ...string[]]);
export const PersonCertTypeSchema = z.enum(PERSON_CERT_TYPES as [string, ...string[]]);

export const FilingIdParamsSchema = z.strictObject({ id: z.uuid({ message: 'Not a filing id' }) });
/** The version the client last read; a write with an older one is refused with 409 STALE_VERSION. */
export const VersionSchema = z.number().int().positive();

export const CloudServiceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('RESOURCE'), resourceId: nonEmpty(64) }),
  z.strictObject({
    kind: z.literal('AUTH_CODE'),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(1, { message: 'Enter the authorisation code' })
      .max(64)
      .superRefine(safeText('any')),
  }),
]);
export type CloudServiceRef = z.infer<typeof CloudServiceRefSchema>;

const MOBILE_MESSAGES: Record<string, string> = {
  MOBILE_FORMAT: 'Enter an 11-digit mainland mobile number',
  MOBILE_NOT_TEXTABLE: 'MIIT cannot send its verification SMS to this number range; use another mobile number',
};

export const MobileSchema = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, ctx) => {
    const result = isValidMainlandMobile(value);
    // params.reason is the stable code the web app translates; the message is for API clients.
    if (!result.ok)
      ctx.addIssue({
        code: 'custom',
        message: MOBILE_MESSAGES[result.reason] ?? 'Not a valid mainland mobile number',
        params: { reason: result.reason },
      });
  })
  .transform((value) => {
    const result = isValidMainlandMobile(value);
    return result.ok ? result.value.mobile : value;
  });

export const EmailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }));
/** Landline or mobile, digits with an optional area-code dash or +86. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^(\+?86[- ]?)?(0\d{2,3}-?)?\d{7,11}$/, {
    message: 'Enter a phone number, e.g. 020-12345678 or a mobile number',
  });

/** A responsible person as entered. The certificate number is write-only: responses carry it masked. */
export const PrincipalInputSchema = z.object({
  name: nonEmptyLine(50),
  certType: PersonCertTypeSchema,
  /** Omit to keep the number already stored. */
  certNumber: trimmed(40).optional(),
  mobile: MobileSchema,
  email: EmailAddressSchema,
  emergencyPhone: PhoneSchema,
});
export type PrincipalInput = z.infer<typeof PrincipalInputSchema>;

/**
 * A principal while it is being typed (autosave): any field, only bounded, so half-typed values are kept rather than
 * refused. Whether the person is complete is PrincipalInputSchema's to say when the step is checked.
 */
export const PrincipalDraftSchema = z.strictObject({
  name: trimmedLine(50).optional(),
  certType: trimmed(40).optional(),
  /** Omit to keep the number already stored; empty clears it. */
  certNumber: trimmed(40).optional(),
  mobile: trimmed(20).optional(),
  email: trimmed(254).optional(),
  emergencyPhone: trimmed(30).optional(),
});
export type PrincipalDraft = z.infer<typeof PrincipalDraftSchema>;

/** A principal as the API returns it: the certificate number masked, never in clear. */
export const PrincipalViewSchema = z.object({
  name: z.string().nullable(),
  certType: z.string().nullable(),
  certNumberMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  /** The mobile as typed, shown back only to the filing's owner so the form can be edited. */
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  emergencyPhone: z.string().nullable(),
});
export type PrincipalView = z.infer<typeof PrincipalViewSchema>;
