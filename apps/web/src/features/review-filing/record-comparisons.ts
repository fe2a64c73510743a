// The MIIT registry's subject and the domain's registration beside what the applicant entered, as comparison lines,
// plus what each record says that has nothing to compare against.
import type { FilingDetail, ReviewFilingDetail } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { i18n } from '../../i18n/i18n.ts';
import { listOf } from '../../i18n/list.ts';
import type { Comparison } from './filing-fields.ts';
import { certTypeName, natureName } from './review-labels.ts';

const t = i18n.t.bind(i18n);

function registryComparison(filing: FilingDetail, registry: ReviewFilingDetail['registry']): Comparison {
  const base = {
    key: 'registry',
    title: t('reviewFiling.compare.registryTitle'),
    source: t('reviewFiling.compare.registrySource'),
  };
  if (!registry) return { ...base, lines: [], facts: [], missing: t('reviewFiling.compare.registryMissing') };
  const websiteLines = filing.websites.flatMap((website, index) => {
    const recorded = registry.websites.find((entry) => entry.websiteFilingNo === website.websiteFilingNo);
    return [
      {
        key: `websites.${index}.name`,
        label: t('reviewFiling.compare.websiteName', { no: website.websiteFilingNo }),
        entered: website.name,
        recorded: recorded?.name ?? null,
      },
      {
        key: `websites.${index}.domains`,
        label: t('reviewFiling.compare.websiteDomains', { no: website.websiteFilingNo }),
        entered: listOf([...website.domains].sort()),
        recorded: recorded ? listOf([...recorded.domains].sort()) : null,
      },
    ];
  });
  return {
    ...base,
    lines: [
      {
        key: 'nature',
        label: t('reviewFiling.fields.nature'),
        entered: natureName(filing.verify.nature),
        recorded: natureName(registry.nature),
      },
      {
        key: 'certType',
        label: t('reviewFiling.fields.certType'),
        entered: certTypeName(filing.verify.certType),
        recorded: certTypeName(registry.certType),
      },
      {
        key: 'certNumber',
        label: t('reviewFiling.fields.certNumber'),
        entered: filing.verify.certNumberMasked,
        recorded: registry.certMasked,
      },
      {
        key: 'principal',
        label: t('reviewFiling.fields.originalPrincipalName'),
        entered: filing.subject.originalPrincipalName,
        recorded: registry.principalName,
      },
      {
        key: 'certificateAddress',
        label: t('reviewFiling.fields.certificateAddress'),
        entered: filing.subject.certificateAddress,
        recorded: registry.certificateAddress,
      },
      {
        key: 'mailingAddress',
        label: t('reviewFiling.fields.mailingAddress'),
        entered: filing.subject.mailingAddress,
        recorded: registry.mailingAddress,
      },
      ...websiteLines,
    ],
    facts: [
      { label: t('reviewFiling.compare.subjectFilingNo'), value: registry.subjectFilingNo },
      { label: t('reviewFiling.compare.subjectName'), value: registry.name },
    ],
  };
}

function domainComparison(filing: FilingDetail, record: ReviewFilingDetail['domainRecord']): Comparison {
  const base = {
    key: 'domain',
    title: t('reviewFiling.compare.domainTitle'),
    source: t('reviewFiling.compare.domainSource'),
  };
  if (!record) return { ...base, lines: [], facts: [], missing: t('reviewFiling.compare.domainMissing') };
  const yesNo = (value: boolean) => t(value ? 'reviewFiling.compare.yes' : 'reviewFiling.compare.no');
  const date = (instant: string) => formatBeijing(instant, 'date');
  return {
    ...base,
    lines: [
      {
        key: 'domain',
        label: t('reviewFiling.fields.domain'),
        entered: filing.verify.domain,
        recorded: record.unicode,
      },
      {
        key: 'certType',
        label: t('reviewFiling.compare.registrantCertType'),
        entered: certTypeName(filing.verify.certType),
        recorded: certTypeName(record.registrant.certType),
      },
      {
        key: 'certNumber',
        label: t('reviewFiling.compare.registrantCertNumber'),
        entered: filing.verify.certNumberMasked,
        recorded: record.registrant.certMasked,
      },
    ],
    facts: [
      { label: t('reviewFiling.compare.registrant'), value: record.registrant.name },
      { label: t('reviewFiling.compare.registrar'), value: record.registrar },
      { label: t('reviewFiling.compare.registrarApproved'), value: yesNo(record.registrarApproved) },
      { label: t('reviewFiling.compare.realName'), value: yesNo(record.realNameVerified) },
      {
        label: t('reviewFiling.compare.period'),
        value: t('reviewFiling.compare.periodValue', { from: date(record.registeredAt), to: date(record.expiresAt) }),
      },
    ],
  };
}

export function recordComparisons(detail: ReviewFilingDetail): Comparison[] {
  return [registryComparison(detail.filing, detail.registry), domainComparison(detail.filing, detail.domainRecord)];
}
