// The filing's details as the reviewer will read them: verify inputs (locked), the subject, its principal (certificate
// masked) and every website with its cloud service and principal, each with the link that edits it.
import type { FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { certTypeLabel, natureLabel, provinceLabel } from '../../components/labels.ts';
import { ReviewWebsites } from './review-websites.tsx';
import { SummarySection } from './summary-section.tsx';
import { useCloudServiceLabel } from './use-cloud-service-label.ts';

type Props = { filing: FilingDetail; editable: boolean };

export function ReviewSummary({ filing, editable }: Props) {
  const { t } = useTranslation();
  const cloudLabel = useCloudServiceLabel();
  const { verify, subject } = filing;
  const { principal } = subject;
  const base = `/console/filings/${filing.id}`;
  const domain = verify.domain === verify.domainAscii ? verify.domain : `${verify.domain} (${verify.domainAscii})`;
  return (
    <>
      <SummarySection
        title={t('submission.sections.verify')}
        note={t('submission.lockedNote')}
        facts={[
          { label: t('filing.locked.province'), value: provinceLabel(filing.province) },
          { label: t('filing.locked.nature'), value: natureLabel(verify.nature) },
          { label: t('filing.locked.certType'), value: certTypeLabel(verify.certType) },
          { label: t('filing.locked.certNumber'), value: verify.certNumberMasked, mono: true },
          { label: t('filing.locked.domain'), value: domain },
          { label: t('filing.locked.cloudService'), value: cloudLabel(verify.cloudService) },
        ]}
      />
      <SummarySection
        title={t('submission.sections.subject')}
        editTo={editable ? `${base}/subject` : undefined}
        facts={[
          { label: t('submission.subjectFilingNo'), value: filing.subjectFilingNo, mono: true },
          { label: t('filing.subject.originalPrincipalName'), value: subject.originalPrincipalName },
          { label: t('filing.subject.certificateAddress'), value: subject.certificateAddress },
          { label: t('filing.subject.mailingAddress'), value: subject.mailingAddress },
        ]}
      />
      <SummarySection
        title={t('submission.sections.principal')}
        editTo={editable ? `${base}/subject` : undefined}
        facts={[
          { label: t('filing.principal.name'), value: principal.name },
          { label: t('filing.principal.certType'), value: certTypeLabel(principal.certType) },
          { label: t('filing.principal.certNumber'), value: principal.certNumberMasked, mono: true },
          { label: t('submission.mobile'), value: principal.mobileMasked, mono: true },
          { label: t('filing.principal.email'), value: principal.email },
          { label: t('filing.principal.emergencyPhone'), value: principal.emergencyPhone },
        ]}
      />
      <ReviewWebsites filing={filing} editTo={editable ? `${base}/websites` : undefined} cloudLabel={cloudLabel} />
    </>
  );
}
