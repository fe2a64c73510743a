// The verify form, checked as the applicant types with the same domain rules the server's checks use: the
// certificate number by its type's checksum, the domain by its normalisation and MIIT suffix list.
import type { CloudServiceRef, VerifyBody } from '@beian/contracts';
import {
  CERT_TYPES_BY_NATURE,
  checkCertificate,
  PROVINCE_CODES,
  SUBJECT_NATURES,
  type SubjectNature,
} from '@beian/domain';
import { z } from 'zod';
import { shanghaiToday } from '../../../lib/shanghai-today.ts';
import { loadDomainCheck } from './domain-check.ts';

export type VerifyFormValues = {
  province: string;
  nature: string;
  certType: string;
  certNumber: string;
  domain: string;
  cloudService: CloudServiceRef | null;
};

export const EMPTY_VERIFY_FORM: VerifyFormValues = {
  province: '',
  nature: '',
  certType: '',
  certNumber: '',
  domain: '',
  cloudService: null,
};

export const isNature = (value: string): value is SubjectNature =>
  (SUBJECT_NATURES as readonly string[]).includes(value);

const NONE: readonly string[] = [];

/** Certificate types the chosen nature may file with; none until a nature is chosen. One array per nature, so
 * effects depending on it run only when the nature changes. */
export const certTypesFor = (nature: string): readonly string[] =>
  isNature(nature) ? CERT_TYPES_BY_NATURE[nature] : NONE;

// Messages name filing.* keys, or carry params.reason for the reasons.* wording; the form resolver translates both.
export const VerifyFormSchema = z
  .object({
    province: z.string(),
    nature: z.string(),
    certType: z.string(),
    certNumber: z.string(),
    domain: z.string(),
    cloudService: z.custom<CloudServiceRef | null>(),
  })
  .superRefine(async (values, ctx) => {
    const issue = (path: keyof VerifyFormValues, message: string, reason?: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: reason ? { reason } : undefined });
    if (!PROVINCE_CODES.includes(values.province)) issue('province', 'filing.verify.required.province');
    if (!isNature(values.nature)) issue('nature', 'filing.verify.required.nature');
    if (!certTypesFor(values.nature).includes(values.certType)) issue('certType', 'filing.verify.required.certType');
    else {
      const check = checkCertificate(values.certType, values.certNumber, { today: shanghaiToday() });
      if (check.status === 'fail') issue('certNumber', 'Invalid certificate number', check.reason);
    }
    // Only the domain's shape stops the form: the suffix is judged by the server against the MIIT list in force, which
    // an admin may have changed since this page shipped (docs/decisions/027).
    // An empty domain is told without the domain check's chunk (domain-check.ts), which loads once one is typed.
    if (values.domain.trim() === '') issue('domain', 'Invalid domain', 'DOMAIN_EMPTY');
    else {
      const checkDomainName = await loadDomainCheck();
      const domain = checkDomainName(values.domain).checks.find((c) => c.name === 'DOMAIN_NAME' && c.status === 'fail');
      if (domain) issue('domain', 'Invalid domain', domain.reason);
    }
    const cloud = values.cloudService;
    if (!cloud) issue('cloudService', 'filing.verify.required.cloudService');
    else if (cloud.kind === 'AUTH_CODE' && cloud.code.trim() === '')
      issue('cloudService', 'filing.cloud.authCodeRequired');
  })
  .transform(
    (values): VerifyBody => ({
      province: values.province,
      nature: values.nature as SubjectNature,
      certType: values.certType,
      certNumber: values.certNumber.trim(),
      domain: values.domain.trim(),
      // Checked just above: a form that reaches here has a cloud service.
      cloudService: values.cloudService as CloudServiceRef,
    }),
  );
