// The verify step's inputs, read-only once the filing exists, with the one way to change them.
import type { FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useResources } from '../api/filing-queries.ts';
import { certTypeLabel, natureLabel, provinceLabel } from './labels.ts';

export function LockedVerifySummary({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const resources = useResources();
  const { verify } = filing;
  const ref = verify.cloudService;
  const resource = ref.kind === 'RESOURCE' ? resources.data?.find((r) => r.id === ref.resourceId) : undefined;
  const cloud =
    ref.kind === 'AUTH_CODE'
      ? t('filing.locked.authCode', { code: ref.code })
      : (resource?.name ?? t('filing.locked.resource', { id: ref.resourceId }));
  const rows: [string, string, boolean?][] = [
    [t('filing.locked.province'), provinceLabel(filing.province)],
    [t('filing.locked.nature'), natureLabel(verify.nature)],
    [t('filing.locked.certType'), certTypeLabel(verify.certType)],
    [t('filing.locked.certNumber'), verify.certNumberMasked, true],
    [
      t('filing.locked.domain'),
      verify.domain === verify.domainAscii ? verify.domain : `${verify.domain} (${verify.domainAscii})`,
    ],
    [t('filing.locked.cloudService'), cloud],
  ];
  return (
    <details className="locked-summary">
      <summary className="locked-summary__summary">{t('filing.locked.title')}</summary>
      <p className="locked-summary__note">{t('filing.locked.note')}</p>
      <dl className="facts facts--compact">
        {rows.map(([label, value, mono]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd className={mono ? 'mono' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
