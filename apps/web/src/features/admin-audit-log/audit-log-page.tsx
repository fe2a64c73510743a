// /admin/audit-log: every administrative change, filing transition and security-relevant action, newest first,
// filtered and paged through the address, with names instead of ids and a CSV export of the same view.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { addressFor, filtersFromAddress, queryFromAddress } from './audit-log-address.ts';
import { AuditLogFilters } from './components/audit-log-filters.tsx';
import { AuditLogResults } from './components/audit-log-results.tsx';
import './audit-log.css';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFromAddress(params);
  // Shown as typed even when the address is invalid, so the person can correct it.
  const current = filtersFromAddress(params);

  return (
    <>
      <PageHeader title={t('adminAuditLog.title')} intro={t('adminAuditLog.intro')} />
      <Card title={t('adminAuditLog.filtersHeading')}>
        <AuditLogFilters current={current} onApply={(filters) => setParams(addressFor(filters))} />
      </Card>
      {query ? <AuditLogResults query={query} /> : <Alert tone="error">{t('adminAuditLog.invalidLink')}</Alert>}
    </>
  );
}
