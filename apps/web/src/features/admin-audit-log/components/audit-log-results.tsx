// The entries for the view in the address: loading, failure, nothing to show, or the table with its pager.
import type { AuditLogQuery } from '@beian/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useAuditLog } from '../api/use-audit-log.ts';
import { hasFilters } from '../audit-log-address.ts';
import { AuditLogPager } from './audit-log-pager.tsx';
import { AuditLogTable } from './audit-log-table.tsx';

/** Nothing on an older page, nothing matching the filters, or nothing recorded at all. */
function NoEntries({ query }: { query: AuditLogQuery }) {
  const { t } = useTranslation();
  const kind = query.before !== undefined ? 'emptyOlder' : hasFilters(query) ? 'emptyFiltered' : 'empty';
  return (
    <EmptyState title={t(`admin.auditLog.${kind}.title`)}>
      <p>{t(`admin.auditLog.${kind}.body`)}</p>
    </EmptyState>
  );
}

export function AuditLogResults({ query }: { query: AuditLogQuery }) {
  const { t } = useTranslation();
  const log = useAuditLog(query);
  const frame = useRef<HTMLDivElement>(null);
  const shownBefore = useRef(query.before);

  // Paging leaves focus on a pager link that may vanish: start the reader at the top of the new page instead.
  // Only when the pager was used, so applying filters does not pull focus away from the form.
  useEffect(() => {
    if (shownBefore.current === query.before) return;
    shownBefore.current = query.before;
    if (frame.current?.contains(document.activeElement)) frame.current.focus();
  }, [query.before]);

  if (log.isPending) return <Spinner label={t('admin.auditLog.loading')} />;
  if (log.isError) {
    return (
      <Alert tone="error" title={t('admin.auditLog.loadFailed')}>
        {errorMessage(log.error)}
      </Alert>
    );
  }
  const { entries, nextBefore } = log.data;
  const filters = { action: query.action, targetType: query.targetType };
  return (
    <div ref={frame} className="card audit-results" tabIndex={-1}>
      <p className="audit-results__status" role="status">
        {log.isPlaceholderData ? t('admin.auditLog.loading') : t('admin.auditLog.showing', { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <NoEntries query={query} />
      ) : (
        <AuditLogTable entries={entries} busy={log.isPlaceholderData} />
      )}
      <AuditLogPager filters={filters} before={query.before} nextBefore={nextBefore} />
    </div>
  );
}
