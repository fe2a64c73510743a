// /admin/audit-log: every administrative change and security-relevant action, newest first, filtered and paged
// through the address.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { addressFor, queryFromAddress } from './audit-log-address.ts';
import { AuditLogFilters } from './components/audit-log-filters.tsx';
import { AuditLogResults } from './components/audit-log-results.tsx';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFromAddress(params);
  // Shown as typed even when the address is invalid, so the person can correct it.
  const current = { action: params.get('action') ?? undefined, targetType: params.get('targetType') ?? undefined };

  return (
    <>
      <PageHeader title={t('admin.auditLog.title')} intro={t('admin.auditLog.intro')} />
      <Card title={t('admin.auditLog.filtersHeading')}>
        <AuditLogFilters current={current} onApply={(filters) => setParams(addressFor(filters))} />
      </Card>
      {query ? <AuditLogResults query={query} /> : <Alert tone="error">{t('admin.auditLog.invalidLink')}</Alert>}
    </>
  );
}
