// Certificate types a subject or a principal can file with, and which ones each subject nature may use.
import type { SubjectNature } from '../glossary.ts';

/** How a number of the type is checked: a national standard's checksum or a format rule. */
export const CERT_NUMBER_RULES = [
  'GB11643',
  'RESIDENCE_PERMIT',
  'GB32100',
  'GB11714',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT',
  'MILITARY_ID',
] as const;
export type CertNumberRule = (typeof CERT_NUMBER_RULES)[number];

export interface CertTypeInfo {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly holder: 'PERSON' | 'ORGANISATION';
  readonly rule: CertNumberRule;
}

const person = (code: string, name: string, nameEn: string, rule: CertNumberRule) =>
  ({ code, name, nameEn, holder: 'PERSON', rule }) as const;
const organisation = (code: string, name: string, nameEn: string, rule: CertNumberRule) =>
  ({ code, name, nameEn, holder: 'ORGANISATION', rule }) as const;

export const CERT_TYPES = [
  person('RESIDENT_ID', '居民身份证', 'Resident identity card', 'GB11643'),
  person('PASSPORT', '护照', 'Passport', 'PASSPORT'),
  person(
    'HK_MACAO_PERMIT',
    '港澳居民来往内地通行证',
    'Mainland travel permit for Hong Kong and Macao residents',
    'HK_MACAO_PERMIT',
  ),
  person('TAIWAN_PERMIT', '台湾居民来往大陆通行证', 'Mainland travel permit for Taiwan residents', 'TAIWAN_PERMIT'),
  person(
    'HMT_RESIDENCE_PERMIT',
    '港澳台居民居住证',
    'Residence permit for Hong Kong, Macao and Taiwan residents',
    'RESIDENCE_PERMIT',
  ),
  person(
    'FOREIGN_PERMANENT_RESIDENT',
    '外国人永久居留身份证',
    'Foreign permanent resident ID card',
    'FOREIGN_PERMANENT_RESIDENT',
  ),
  person('MILITARY_ID', '军官证', 'Military officer certificate', 'MILITARY_ID'),
  organisation('BUSINESS_LICENSE', '营业执照', 'Business licence', 'GB32100'),
  organisation('USCC_CERTIFICATE', '统一社会信用代码证书', 'Unified social credit code certificate', 'GB32100'),
  organisation('PUBLIC_INSTITUTION_CERT', '事业单位法人证书', 'Public institution legal person certificate', 'GB32100'),
  organisation('SOCIAL_ORG_CERT', '社会团体法人登记证书', 'Social organisation registration certificate', 'GB32100'),
  organisation(
    'PRIVATE_NON_ENTERPRISE_CERT',
    '民办非企业单位登记证书',
    'Private non-enterprise unit certificate',
    'GB32100',
  ),
  organisation('FOUNDATION_CERT', '基金会法人登记证书', 'Foundation registration certificate', 'GB32100'),
  organisation('LAW_FIRM_LICENSE', '律师事务所执业许可证', 'Law firm practising licence', 'GB32100'),
  organisation('ORG_CODE_CERT', '组织机构代码证', 'Organisation code certificate (legacy)', 'GB11714'),
] as const satisfies readonly CertTypeInfo[];

export type CertType = (typeof CERT_TYPES)[number]['code'];

export const PERSON_CERT_TYPES: readonly CertType[] = CERT_TYPES.filter((t) => t.holder === 'PERSON').map(
  (t) => t.code,
);

/** Subject certificate types per nature; principals (persons) always use PERSON_CERT_TYPES. */
export const CERT_TYPES_BY_NATURE: Readonly<Record<SubjectNature, readonly CertType[]>> = {
  PERSONAL: PERSON_CERT_TYPES,
  ENTERPRISE: ['BUSINESS_LICENSE'],
  GOVERNMENT: ['USCC_CERTIFICATE', 'ORG_CODE_CERT'],
  PUBLIC_INSTITUTION: ['PUBLIC_INSTITUTION_CERT', 'USCC_CERTIFICATE', 'ORG_CODE_CERT'],
  SOCIAL_ORG: ['SOCIAL_ORG_CERT', 'PRIVATE_NON_ENTERPRISE_CERT', 'FOUNDATION_CERT', 'USCC_CERTIFICATE'],
  OTHER: ['USCC_CERTIFICATE', 'LAW_FIRM_LICENSE', 'ORG_CODE_CERT'],
};

export const certTypeInfo = (code: string): CertTypeInfo | undefined => CERT_TYPES.find((t) => t.code === code);

export const isCertType = (code: string): code is CertType => certTypeInfo(code) !== undefined;

export const isCertTypeAllowed = (nature: SubjectNature, type: CertType): boolean =>
  CERT_TYPES_BY_NATURE[nature].includes(type);
