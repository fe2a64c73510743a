// Enumerations from the product glossary that several domain modules share (subject nature, filing type, cloud service).

export const SUBJECT_NATURES = [
  'PERSONAL',
  'ENTERPRISE',
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORG',
  'OTHER',
] as const;
export type SubjectNature = (typeof SUBJECT_NATURES)[number];

export const FILING_TYPES = ['ACCESS', 'FIRST', 'NEW_WEBSITE', 'NEW_ACCESS'] as const;
export type FilingType = (typeof FILING_TYPES)[number];

export const CLOUD_SERVICE_KINDS = ['CVM', 'SITE_HOSTING', 'AUTH_CODE', 'CLB', 'BM'] as const;
export type CloudServiceKind = (typeof CLOUD_SERVICE_KINDS)[number];

export const isOrganisation = (nature: SubjectNature): boolean => nature !== 'PERSONAL';
