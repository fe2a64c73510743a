// Paging through the audit log, newest first: back to the newest page, and on to older entries while there are any.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button-link.tsx';
import { type AuditLogFilters, searchFor } from '../audit-log-address.ts';

type AuditLogPagerProps = { filters: AuditLogFilters; before: number | undefined; nextBefore: number | null };

export function AuditLogPager({ filters, before, nextBefore }: AuditLogPagerProps) {
  const { t } = useTranslation();
  if (before === undefined && nextBefore === null) return null;
  return (
    <nav className="pager" aria-label={t('adminAuditLog.pager')}>
      {before !== undefined ? (
        <ButtonLink variant="secondary" to={{ search: searchFor(filters) }}>
          {t('adminAuditLog.newest')}
        </ButtonLink>
      ) : null}
      {nextBefore !== null ? (
        <ButtonLink variant="secondary" to={{ search: searchFor({ ...filters, before: nextBefore }) }}>
          {t('adminAuditLog.older')}
        </ButtonLink>
      ) : null}
    </nav>
  );
}
