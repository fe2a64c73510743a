// The filing's fields as the applicant entered them, in sections, each with the path a rejection reason uses
// (`subject.mailingAddress`, `websites.0.name`); the verify step's answers are shown with their checks but are
// locked, so they have no path.
import type { FilingDetail } from '@beian/contracts';
import { i18n } from '../../i18n/i18n.ts';
import { listOf } from '../../i18n/list.ts';
import type { FieldRow, FieldSection } from './filing-fields.ts';
import { certTypeName } from './review-labels.ts';

const t = i18n.t.bind(i18n);

type Principal = FilingDetail['subject']['principal'];

function principalRows(prefix: string, principal: Principal): FieldRow[] {
  return [
    { path: `${prefix}.name`, label: t('reviewFiling.fields.principalName'), value: principal.name },
    { path: `${prefix}.certType`, label: t('reviewFiling.fields.certType'), value: certTypeName(principal.certType) },
    { path: `${prefix}.certNumber`, label: t('reviewFiling.fields.certNumber'), value: principal.certNumberMasked },
    { path: `${prefix}.mobile`, label: t('reviewFiling.fields.mobile'), value: principal.mobileMasked },
    { path: `${prefix}.email`, label: t('reviewFiling.fields.email'), value: principal.email },
    {
      path: `${prefix}.emergencyPhone`,
      label: t('reviewFiling.fields.emergencyPhone'),
      value: principal.emergencyPhone,
    },
  ];
}

/** Each step-1 check beside the answer it concerns; what concerns the filing as a whole goes with its type. */
function checkGroup(name: string): 'cert' | 'domain' | 'cloud' | 'filing' {
  if (name === 'CERT_TYPE' || name === 'CERTIFICATE') return 'cert';
  if (name.startsWith('DOMAIN_') && name !== 'DOMAIN_IN_FLIGHT') return 'domain';
  if (name.startsWith('CLOUD_') || name.startsWith('AUTH_CODE_')) return 'cloud';
  return 'filing';
}

function verifySection(detail: FilingDetail): FieldSection {
  const { verify } = detail;
  const checksOf = (group: ReturnType<typeof checkGroup>) => verify.checks.filter((c) => checkGroup(c.name) === group);
  const cloud = verify.cloudService.kind === 'RESOURCE' ? verify.cloudService.resourceId : verify.cloudService.code;
  return {
    key: 'verify',
    title: t('reviewFiling.sections.verify'),
    rows: [
      { label: t('reviewFiling.fields.type'), value: t(`filing.types.${detail.type}`), checks: checksOf('filing') },
      { label: t('reviewFiling.fields.nature'), value: t(`filing.natures.${verify.nature}`) },
      { label: t('reviewFiling.fields.certType'), value: certTypeName(verify.certType) },
      { label: t('reviewFiling.fields.certNumber'), value: verify.certNumberMasked, checks: checksOf('cert') },
      { label: t('reviewFiling.fields.domain'), value: verify.domain, checks: checksOf('domain') },
      { label: t('reviewFiling.fields.cloudService'), value: cloud, checks: checksOf('cloud') },
    ],
  };
}

function subjectSection(detail: FilingDetail): FieldSection {
  const { subject } = detail;
  return {
    key: 'subject',
    title: t('reviewFiling.sections.subject'),
    rows: [
      {
        path: 'subject.originalPrincipalName',
        label: t('reviewFiling.fields.originalPrincipalName'),
        value: subject.originalPrincipalName,
      },
      {
        path: 'subject.certificateAddress',
        label: t('reviewFiling.fields.certificateAddress'),
        value: subject.certificateAddress,
      },
      { path: 'subject.mailingAddress', label: t('reviewFiling.fields.mailingAddress'), value: subject.mailingAddress },
      ...principalRows('subject.principal', subject.principal),
    ],
  };
}

function websiteSection(website: FilingDetail['websites'][number], index: number): FieldSection {
  const prefix = `websites.${index}`;
  const principal =
    website.principal && !website.principal.sameAsSubject
      ? principalRows(`${prefix}.principal`, website.principal)
      : [
          {
            path: `${prefix}.principal`,
            label: t('reviewFiling.fields.websitePrincipal'),
            value: t('reviewFiling.sameAsSubject'),
          },
        ];
  return {
    key: prefix,
    title: t('reviewFiling.sections.website', { index: index + 1, name: website.name }),
    rows: [
      { path: `${prefix}.name`, label: t('reviewFiling.fields.websiteName'), value: website.name },
      { label: t('reviewFiling.fields.websiteFilingNo'), value: website.websiteFilingNo },
      { path: `${prefix}.domains`, label: t('reviewFiling.fields.domains'), value: listOf(website.domains) },
      { path: `${prefix}.homepageUrl`, label: t('reviewFiling.fields.homepageUrl'), value: website.homepageUrl },
      ...principal,
    ],
  };
}

export function filingSections(detail: FilingDetail): FieldSection[] {
  return [verifySection(detail), subjectSection(detail), ...detail.websites.map(websiteSection)];
}
