// Live notes under two verify fields: a certificate number that passes with a warning, and the domain as it will
// be checked (normalised, with its suffix approved by the shipped MIIT list: a hint only, as the server checks the
// suffix against the list in force; docs/decisions/027).
import { checkCertificate } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { shanghaiToday } from '../../../lib/shanghai-today.ts';
import { reasonText } from '../components/labels.ts';
import { useDomainCheck } from './domain-check.ts';

export function CertNumberNote({ certType, certNumber }: { certType: string; certNumber: string }) {
  if (!certType || certNumber.trim() === '') return null;
  const check = checkCertificate(certType, certNumber, { today: shanghaiToday() });
  if (check.status !== 'warn' || !check.reason) return null;
  return <p className="field-note field-note--warn">{reasonText(check.reason)}</p>;
}

export function DomainPreview({ input }: { input: string }) {
  const { t } = useTranslation();
  const checkDomainName = useDomainCheck(input.trim() !== '');
  if (input.trim() === '' || !checkDomainName) return null;
  const { domain, checks } = checkDomainName(input);
  if (!domain || checks.some((check) => check.status === 'fail')) return null;
  const shown = domain.unicode === domain.domain ? domain.domain : `${domain.unicode} (${domain.domain})`;
  return (
    <p className="field-note field-note--ok">
      <span>{t('filing.verify.domainPreview', { domain: shown })}</span>
      <span>{t('filing.verify.suffixOk', { suffix: domain.suffix })}</span>
    </p>
  );
}
